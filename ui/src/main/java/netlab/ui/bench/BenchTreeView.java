package netlab.ui.bench;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import netlab.ui.i18n.I18n;

/**
 * The bench as a tree: kinds, endpoints, connections. A {@link TreeView} draws only the rows in
 * sight, so thousands of connections cost rows of data, not nodes. Tree items mirror the model's
 * lists; each list change is one tree change.
 */
public final class BenchTreeView {
    private final TreeView<BenchItem> tree = new TreeView<>();
    private final Map<BenchItem, TreeItem<BenchItem>> items = new IdentityHashMap<>();

    public BenchTreeView(BenchModel model, I18n i18n) {
        TreeItem<BenchItem> root = new TreeItem<>();
        root.setExpanded(true);
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setId("bench-tree");
        tree.getStyleClass().add("bench-tree");
        tree.setCellFactory(v -> new BenchCell(i18n));
        tree.accessibleTextProperty().bind(i18n.text("bench.tree"));
        mirror(model.groups(), root);
    }

    private void mirror(ObservableList<BenchItem> list, TreeItem<BenchItem> into) {
        into.getChildren().setAll(list.stream().map(this::itemOf).toList());
        list.addListener((ListChangeListener<BenchItem>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    for (BenchItem gone : c.getRemoved()) {
                        drop(gone);
                    }
                    into.getChildren().remove(c.getFrom(), c.getFrom() + c.getRemovedSize());
                }
                if (c.wasAdded()) {
                    List<TreeItem<BenchItem>> added = c.getAddedSubList().stream().map(this::itemOf).toList();
                    into.getChildren().addAll(c.getFrom(), added);
                }
            }
        });
    }

    private TreeItem<BenchItem> itemOf(BenchItem item) {
        return items.computeIfAbsent(item, i -> {
            TreeItem<BenchItem> treeItem = new TreeItem<>(i);
            // groups and endpoints open; a server's connections are in sight as they come
            treeItem.setExpanded(i.type() != BenchItem.Type.CONNECTION);
            mirror(i.children(), treeItem);
            return treeItem;
        });
    }

    private void drop(BenchItem item) {
        items.remove(item);
        for (BenchItem child : item.children()) {
            drop(child);
        }
    }

    /** Selects {@code item} and scrolls it into sight; nothing when it is not in the tree. */
    public void select(BenchItem item) {
        TreeItem<BenchItem> treeItem = items.get(item);
        if (treeItem != null) {
            tree.getSelectionModel().select(treeItem);
            int row = tree.getRow(treeItem);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 2));
            }
        }
    }

    public ReadOnlyObjectProperty<TreeItem<BenchItem>> selectedProperty() {
        return tree.getSelectionModel().selectedItemProperty();
    }

    public TreeView<BenchItem> node() {
        return tree;
    }
}
