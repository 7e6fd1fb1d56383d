package fwf.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongUnaryOperator;

/**
 * A program that makes its JVM's JIT do each thing the JIT log must show, for
 * {@link JitLogJvmTest}: a compilation at tier 4 of a call site that has only seen squares, then
 * a rectangle through it (an uncommon trap: a deopt), a long loop (on-stack replacement), and a
 * lambda (a hidden class). Its argument is the JIT log its JVM writes, which it watches to know
 * when tier 4 is in place.
 */
final class JitProbe {
    interface Shape {
        long area();
    }

    record Square(long side) implements Shape {
        @Override
        public long area() {
            return side * side;
        }
    }

    record Rectangle(long width, long height) implements Shape {
        @Override
        public long area() {
            return width * height;
        }
    }

    private JitProbe() {
    }

    static long total(Shape[] shapes) {
        long t = 0;
        for (Shape s : shapes) {
            t += s.area();
        }
        return t;
    }

    static long loop(long n) {
        long t = 0;
        for (long i = 0; i < n; i++) {
            t += i ^ (t >>> 3);
        }
        return t;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path log = Path.of(args[0]);
        Shape[] squares = new Shape[1000];
        Shape[] mixed = new Shape[1000];
        for (int i = 0; i < squares.length; i++) {
            squares[i] = new Square(i);
            mixed[i] = i % 2 == 0 ? new Square(i) : new Rectangle(i, 2);
        }
        long sum = 0;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!Files.readString(log).contains("Installing method (4) fwf.worker.JitProbe.total(")) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("C2 never installed total");
            }
            for (int i = 0; i < 1000; i++) {
                sum += total(squares);
            }
        }
        sum += total(mixed);
        sum += loop(100_000_000L);
        LongUnaryOperator f = x -> x * 3 + 1;
        for (int i = 0; i < 200_000; i++) {
            sum += f.applyAsLong(i);
        }
        System.out.println(sum);
    }
}
