package org.widthlab.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.widthlab.ui.casestudies.CaseStudiesPage;
import org.widthlab.ui.explorer.CoordinateCheckPage;
import org.widthlab.ui.explorer.FeatureMovementPage;
import org.widthlab.ui.explorer.PhaseDiagramPage;
import org.widthlab.ui.explorer.TrainingPage;
import org.widthlab.ui.explorer.VerdictPage;
import org.widthlab.ui.page.PageSpec;
import org.widthlab.ui.page.Placement;
import org.widthlab.ui.sweeps.SweepsPage;

/**
 * The window's pages, in the order of their tabs: the one list that the tabs, the View menu,
 * {@code window --tab ID} and the screenshot option read. A new page is one class implementing
 * {@link org.widthlab.ui.page.Page} and one line here.
 */
public final class Pages {

    public static final List<PageSpec> ALL = List.of(
            new PageSpec("verdict", "Verdict", Placement.DOCKED_WHEN_WIDE, VerdictPage::new),
            new PageSpec("coordinate", "Coordinate check", Placement.WITH_EXPERIMENT, CoordinateCheckPage::new),
            new PageSpec("feature", "Feature movement", Placement.WITH_EXPERIMENT, FeatureMovementPage::new),
            new PageSpec("training", "Training", Placement.WITH_EXPERIMENT, TrainingPage::new),
            new PageSpec("phase", "Phase diagram", Placement.WITH_EXPERIMENT, PhaseDiagramPage::new),
            new PageSpec("sweeps", "Parameter sweeps", Placement.FULL, SweepsPage::new),
            new PageSpec("casestudies", "Case studies", Placement.FULL, CaseStudiesPage::new));

    private Pages() {
    }

    public static Optional<PageSpec> byId(String id) {
        return ALL.stream().filter(spec -> spec.id().equals(id)).findFirst();
    }

    /** The ids joined by {@code separator}, e.g. for a usage line: {@code verdict|coordinate|...}. */
    public static String ids(String separator) {
        return ALL.stream().map(PageSpec::id).collect(Collectors.joining(separator));
    }
}
