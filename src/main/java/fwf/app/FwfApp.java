package fwf.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the main window on the real journal, settings and engine. */
public final class FwfApp extends Application {
    @Override
    public void start(Stage stage) {
        StartupProbe.watch(stage); // -Dfwf.exitAfterShown: start-up figures for ./fwf bench, else nothing
        MainWindow.open(stage, AppConfig.fromEnvironment());
    }
}
