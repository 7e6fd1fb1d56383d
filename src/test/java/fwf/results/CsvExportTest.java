package fwf.results;

import fwf.run.Measurement;
import fwf.run.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @Test
    void writesOneRowPerMeasurementExactly() {
        String expected = String.join("\r\n",
                "id,time,workload,variant,system,size,status,answer,verified,n,min_ns,median_ns,mean_ns,max_ns,stddev_ns,ci99_ns,cv,load_ns,jvm_flags,warnings",
                "0001,2025-01-15T10:00:00Z,fib,naive,cpython,40,ok,102334155,true,3,12100000000,12300000000,12300000000,12500000000,200000000,1146022179,0.0163,1500000,,",
                "0002,2025-01-15T10:01:00Z,fib,primitive,jvm-c2,40,ok,102334155,true,6,279000000,280500000,280500000,282000000,1048809,1726460,0.0037,1500000,-XX:-TieredCompilation,",
                "0003,2025-01-15T10:02:00Z,fib,boxed,jvm-c2,40,ok,102334155,true,3,545000000,550000000,551666667,560000000,7637626,43764445,0.0138,1500000,-XX:-TieredCompilation,",
                "0004,2025-01-15T10:03:00Z,triangles,naive,cpython,4039,ok,1612010,true,1,120000000000,120000000000,120000000000,120000000000,0,,0.0000,1500000,,",
                "0005,2025-01-15T10:04:00Z,fib,naive,pypy,40,failed,,,,,,,,,,,0,,",
                "20250115T100500-0003,2025-01-15T10:05:00.123456789Z,triangles,naive-int,jvm-c2,4039,ok,1612010,true,6,2200000000,3025000000,3075000000,3900000000,563693179,927904068,0.1833,41200000,-XX:-TieredCompilation -XX:+UseParallelGC -Xmx2g,\"spread is wide: CV 18.3% (over 10%), the numbers are hard to trust\"",
                "0007,2025-01-15T10:06:00Z,triangles,naive,pypy,4039,ok,1612010,true,3,5000000000,5000000000,5000000000,5000000000,0,0,0.0000,1500000,,",
                "0008,2025-01-15T10:07:00Z,fib,naive,c,40,wrong,102334156,false,,,,,,,,,0,,",
                "0009,2025-01-15T10:08:00Z,triangles,naive,pypy,4039,ok,1612010,true,3,4650000000,4700000000,4700000000,4750000000,50000000,286505545,0.0106,1500000,,",
                "0010,2025-01-15T10:09:00Z,triangles,naive,pypy,4039,timeout,,,,,,,,,,,0,,",
                "0011,2025-01-15T10:10:00Z,fib,naive,mypyc,40,cancelled,,,,,,,,,,,0,,",
                "");
        assertThat(CsvExport.render(Fixtures.history())).isEqualTo(expected);
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAsRfc4180Says() {
        Measurement wrong = Fixtures.failed("q\"1", Fixtures.request("fib", "a,b", "c", 40, new fwf.run.Plan(1, 3, 1)),
                null, Status.WRONG, "line one\nline \"two\"", "102334155", null);
        String csv = CsvExport.render(List.of(wrong));
        assertThat(csv.split("\r\n", -1)[1])
                .isEqualTo("\"q\"\"1\",,fib,\"a,b\",c,40,wrong,\"line one\nline \"\"two\"\"\",false,,,,,,,,,0,,");
    }

    @Test
    void anEmptyHistoryIsTheHeaderAlone() {
        assertThat(CsvExport.render(List.of())).isEqualTo(String.join(",", CsvExport.COLUMNS) + "\r\n");
    }
}
