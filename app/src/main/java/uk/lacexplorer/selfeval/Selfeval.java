package uk.lacexplorer.selfeval;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import uk.lacexplorer.account.AccessPolicy;
import uk.lacexplorer.account.AuditLog;

/** The self-evaluation services, wired on one database. Thread-safe. */
public final class Selfeval {
  private final RoundService rounds;
  private final ResponseService responses;
  private final ResultsService results;
  private final ActionPlanService actions;

  /** {@code figures} may be null where no statistics store is available (results then show no rates). */
  public Selfeval(Jdbi jdbi, AuditLog audit, RateFigures figures, Clock clock) {
    this(jdbi, audit, figures, clock, AccessPolicy.STANDARD);
  }

  /** The services deciding who sees which records by {@code policy} (the application's one policy). */
  public Selfeval(Jdbi jdbi, AuditLog audit, RateFigures figures, Clock clock, AccessPolicy policy) {
    RoundRepository roundRepository = new RoundRepository(jdbi);
    InvitationRepository invitationRepository = new InvitationRepository(jdbi);
    FrameworkStore frameworks = new FrameworkStore(jdbi, clock);
    Access access = new Access(roundRepository, policy);
    this.rounds = new RoundService(roundRepository, invitationRepository, frameworks, access, audit, clock);
    this.responses = new ResponseService(roundRepository, invitationRepository, frameworks, audit, clock);
    this.results = new ResultsService(roundRepository, invitationRepository, frameworks, access, audit, figures);
    this.actions = new ActionPlanService(new ActionRepository(jdbi), frameworks, access, audit, clock);
  }

  public RoundService rounds() {
    return rounds;
  }

  public ResponseService responses() {
    return responses;
  }

  public ResultsService results() {
    return results;
  }

  public ActionPlanService actions() {
    return actions;
  }
}
