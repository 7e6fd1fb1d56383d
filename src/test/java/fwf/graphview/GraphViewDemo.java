package fwf.graphview;

import fwf.workload.TriangleSearch;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.List;

/**
 * The graph view alone in a window, for screenshots: {@code GraphViewDemo CHOICE SEARCH SPEED
 * PAUSE_AFTER_S [COLOUR]}, where CHOICE is {@code ego:LABEL}, {@code first:N}, {@code whole},
 * {@code hk:N} or {@code fblike}. It loads, plays at SPEED steps a second, pauses after
 * PAUSE_AFTER_S seconds and prints "paused at step N" so a script can take its picture; it
 * exits after another 30 s. Not a test: run it by hand or from bench/graph-screenshots.sh.
 */
public final class GraphViewDemo {
    private GraphViewDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    static GraphChoice parseChoice(String text) {
        String[] parts = text.split(":");
        return switch (parts[0]) {
            case "ego" -> new GraphChoice.EgoNetwork(Integer.parseInt(parts[1]));
            case "first" -> new GraphChoice.FirstNodes(Integer.parseInt(parts[1]));
            case "whole" -> new GraphChoice.WholeFacebook();
            case "hk" -> new GraphChoice.HolmeKim(Integer.parseInt(parts[1]), GraphPicker.SEED);
            case "fblike" -> new GraphChoice.FacebookLike(GraphPicker.SEED);
            default -> throw new IllegalArgumentException("unknown graph " + text);
        };
    }

    public static final class App extends Application {
        @Override
        public void start(Stage window) {
            List<String> args = getParameters().getRaw();
            GraphChoice choice = parseChoice(args.get(0));
            TriangleSearch search = TriangleSearch.valueOf(args.get(1));
            double speed = Double.parseDouble(args.get(2));
            double pauseAfter = Double.parseDouble(args.get(3));
            boolean colour = args.size() > 4 && args.get(4).equals("colour");
            GraphViewPane pane = new GraphViewPane(Path.of(System.getProperty("fwf.facebook",
                    GraphViewPane.DEFAULT_FACEBOOK_FILE.toString())));
            window.setTitle("Faster with Friends: graph view");
            window.setScene(new Scene(pane, 1280, 800));
            window.setX(0);
            window.setY(0);
            window.show();
            pane.load(choice, search);
            waitForLoad(pane, () -> {
                pane.player().setSpeed(speed);
                if (colour) {
                    ((javafx.scene.control.ToggleButton) pane.lookup("#graph-colour")).setSelected(true);
                }
                pane.player().play();
                PauseTransition pause = new PauseTransition(Duration.seconds(pauseAfter));
                pause.setOnFinished(e -> {
                    pane.player().pause();
                    System.out.println("paused at step " + (pane.player().position() + 1) + " of "
                            + pane.player().trace().size() + ", found " + pane.player().foundSoFar());
                    PauseTransition quit = new PauseTransition(Duration.seconds(30));
                    quit.setOnFinished(q -> Platform.exit());
                    quit.play();
                });
                pause.play();
            });
        }

        private static void waitForLoad(GraphViewPane pane, Runnable then) {
            PauseTransition poll = new PauseTransition(Duration.millis(100));
            poll.setOnFinished(e -> {
                if (pane.isBusy() || pane.player().trace() == null) {
                    if (!pane.isBusy() && pane.player().trace() == null) {
                        System.out.println("failed: " + pane.status().getText());
                        Platform.exit();
                        return;
                    }
                    poll.playFromStart();
                } else {
                    then.run();
                }
            });
            poll.play();
        }
    }
}
