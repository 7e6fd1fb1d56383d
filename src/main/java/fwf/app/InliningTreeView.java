package fwf.app;

import fwf.chart.InliningText;
import fwf.run.InliningTree;
import fwf.run.JitEvent;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;

import java.util.List;

/**
 * Beside the warm-up curve: what each compilation of the kernel's own methods inlined into
 * what, how deep, and why it stopped where it did, from the worker's {@code jit+inlining} log
 * (taken with the warm-up trace only). C2's trees open, C1's stay folded: C2's inlining is the
 * one that makes the last plateau.
 */
final class InliningTreeView {
    private final TreeView<String> tree = new TreeView<>(new TreeItem<>("inlining"));
    private final Label heading = new Label("Inlining");
    private final BorderPane root = new BorderPane(tree);

    InliningTreeView() {
        tree.setId("warmup-inlining");
        tree.setShowRoot(false);
        heading.getStyleClass().add("heading");
        heading.setWrapText(true);
        root.setTop(heading);
        root.setPrefWidth(340);
        root.setMinWidth(220);
        show(List.of(), false);
    }

    Node node() {
        return root;
    }

    /** The trees of one run (only the kernel's own methods are shown), or a word on why none. */
    void show(List<InliningTree> trees, boolean traced) {
        TreeItem<String> top = tree.getRoot();
        top.getChildren().clear();
        List<InliningTree> own = trees.stream().filter(t -> JitEvent.kernelsOwn(t.method())).toList();
        if (own.isEmpty()) {
            heading.setText(traced ? "Inlining: no compilation of the kernel's own methods was logged"
                    : "Inlining: run with the warm-up trace to see what the JIT inlined");
            return;
        }
        heading.setText("Inlining: what each compilation put in place of its calls");
        for (InliningTree t : own) {
            TreeItem<String> item = new TreeItem<>(InliningText.root(t));
            add(item, t.roots());
            item.setExpanded(t.tier() == 4);
            top.getChildren().add(item);
        }
    }

    private static void add(TreeItem<String> parent, List<InliningTree.Node> nodes) {
        for (InliningTree.Node n : nodes) {
            TreeItem<String> item = new TreeItem<>(InliningText.call(n.call()));
            add(item, n.children());
            item.setExpanded(true);
            parent.getChildren().add(item);
        }
    }
}
