package fwf.app;

import fwf.friends.Family;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The systems as check boxes grouped by family, so several can be queued in one go and all of
 * them stay in sight (a drop-down would hide which friends are missing). An unavailable system
 * is greyed out with its reason as a tooltip.
 */
final class SystemPicker {
    private final ControlsModel model;
    private final VBox root = new VBox(4);
    private final List<CheckBox> boxes = new ArrayList<>();
    private boolean syncing;

    SystemPicker(ControlsModel model) {
        this.model = model;
        root.setId("systems");
        root.getStyleClass().add("system-picker");
        model.systemChoices().addListener((ListChangeListener<SystemChoice>) c -> rebuild());
        model.systems().addListener((ListChangeListener<String>) c -> syncChecks());
        rebuild();
    }

    Node node() {
        return root;
    }

    private void rebuild() {
        root.getChildren().clear();
        boxes.clear();
        if (model.systemChoices().isEmpty()) {
            Label looking = new Label("looking for systems...");
            looking.getStyleClass().add("lesson");
            root.getChildren().add(looking);
            return;
        }
        for (Family family : Family.values()) {
            List<SystemChoice> members = model.systemChoices().stream().filter(s -> s.spec().family() == family).toList();
            if (members.isEmpty()) {
                continue;
            }
            FlowPane row = new FlowPane(10, 4);
            row.getStyleClass().add("family-" + family.name().toLowerCase(java.util.Locale.ROOT));
            members.forEach(s -> row.getChildren().add(box(s)));
            Label title = new Label(familyTitle(family));
            title.getStyleClass().add("family-title");
            root.getChildren().addAll(title, row);
        }
        syncChecks();
    }

    private Node box(SystemChoice choice) {
        CheckBox box = new CheckBox(choice.spec().label());
        box.setId("system-" + choice.name());
        box.setUserData(choice.name());
        boxes.add(box);
        box.selectedProperty().addListener((o, was, now) -> {
            if (syncing) {
                return;
            }
            if (now && !model.systems().contains(choice.name())) {
                model.systems().add(choice.name());
            } else if (!now) {
                model.systems().remove(choice.name());
            }
        });
        if (choice.available()) {
            box.setTooltip(new Tooltip(choice.name() + ": " + choice.spec().lesson()));
            return box;
        }
        box.setDisable(true);
        box.getStyleClass().add("unavailable");
        // A disabled control shows no tooltip, so the reason hangs on a holder around it.
        StackPane holder = new StackPane(box);
        holder.setId("holder-" + choice.name());
        Tooltip.install(holder, new Tooltip(choice.spec().label() + " is not available: " + choice.unavailableReason()));
        return holder;
    }

    private void syncChecks() {
        syncing = true;
        boxes.forEach(b -> b.setSelected(model.systems().contains((String) b.getUserData())));
        syncing = false;
    }

    private static String familyTitle(Family f) {
        return switch (f) {
            case JVM -> "Java";
            case PYTHON -> "Python and friends";
            case NATIVE -> "Native";
        };
    }
}
