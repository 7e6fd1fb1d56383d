package fwf.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the window from its views. */
public final class FwfApp extends Application {
    @Override
    public void start(Stage stage) {
        StartupProbe.watch(stage); // -Dfwf.exitAfterShown: start-up figures for ./fwf bench, else nothing
        stage.setTitle("Faster with Friends");
        stage.setScene(new Scene(new Label("Faster with Friends"), 1280, 720));
        stage.show();
    }
}
