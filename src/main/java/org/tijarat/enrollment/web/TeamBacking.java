package org.tijarat.enrollment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tijarat.enrollment.RosterRow;
import org.tijarat.enrollment.RosterService;

/** {@code /my/team}: an enterprise owner follows the colleagues' courses and progress. */
@Named("team")
@RequestScoped
public class TeamBacking {

    @Inject
    private RosterService rosters;

    private List<RosterRow> rows;

    public void load() {
        rows = rosters.enterprise();
    }

    public List<RosterRow> getRows() {
        return rows;
    }
}
