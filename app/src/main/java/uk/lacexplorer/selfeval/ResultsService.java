package uk.lacexplorer.selfeval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.account.AuditAction;
import uk.lacexplorer.account.AuditLog;

/** Aggregated results of closed rounds, progress between rounds, the authority's own figures, and CSV export. */
public final class ResultsService {
  private final RoundRepository rounds;
  private final InvitationRepository invitations;
  private final FrameworkStore frameworks;
  private final Access access;
  private final AuditLog audit;
  private final RateFigures figures;

  ResultsService(RoundRepository rounds, InvitationRepository invitations, FrameworkStore frameworks, Access access,
                 AuditLog audit, RateFigures figures) {
    this.rounds = rounds;
    this.invitations = invitations;
    this.frameworks = frameworks;
    this.access = access;
    this.audit = audit;
    this.figures = figures;
  }

  /** Results appear once the round is closed, so no one can watch them change as each response arrives. */
  public RoundResults results(Account account, long roundId) {
    Round round = access.readableRound(account, roundId);
    if (round.isOpen()) throw new ConflictException(ConflictException.Reason.RESULTS_NOT_READY, "results appear once the round is closed", null);
    return calculate(round);
  }

  /**
   * The latest closed round of the authority whose aggregated results the account may read (its coordinator: any
   * closed round; a national viewer: only rounds the authority shared), calculated with the same disclosure rules as
   * the results page; empty for anyone else (no account, an administrator, another authority's coordinator) or when
   * there is no such round.
   */
  public Optional<RoundResults> latestClosed(Account account, String authorityCode) {
    if (account == null || authorityCode == null) return Optional.empty();
    List<Round> candidates = access.seesSharedRounds(account) ? rounds.sharedAndClosed() : rounds.forAuthority(authorityCode);
    return candidates.stream()
        .filter(round -> round.authorityCode().equals(authorityCode) && !round.isOpen())
        .filter(round -> access.mayRead(account, round))
        .max(java.util.Comparator.comparing((Round round) -> round.closedAt() == null ? java.time.Instant.MIN : round.closedAt())
            .thenComparing(Round::closesOn).thenComparingLong(Round::id))
        .map(this::calculate);
  }

  private RoundResults calculate(Round round) {
    Framework framework = frameworks.get(round.frameworkId(), round.frameworkVersion());
    return ResultsCalculator.calculate(round, framework, invitations.submittedByGroup(round.id()),
        invitations.submittedAnswers(round.id()));
  }

  /** Two different closed rounds of the coordinator's authority, side by side; a round with itself is refused. */
  public ProgressComparison progress(Account account, long earlierId, long laterId) {
    if (earlierId == laterId) {
      access.readableRound(account, earlierId);
      throw UserError.of("error.selfeval.sameRound");
    }
    RoundResults earlier = results(account, earlierId);
    RoundResults later = results(account, laterId);
    if (!earlier.round().authorityCode().equals(later.round().authorityCode())) {
      throw new NotFoundException("round " + laterId);
    }
    Set<String> ids = new LinkedHashSet<>();
    later.framework().characteristics().forEach(c -> ids.add(c.id()));
    earlier.framework().characteristics().forEach(c -> ids.add(c.id()));
    List<ProgressComparison.Row> rows = new ArrayList<>();
    for (String id : ids) {
      Summary before = find(earlier, id);
      Summary after = find(later, id);
      boolean comparable = before != null && after != null;
      Double medianChange = comparable && !before.suppressed() && !after.suppressed() ? after.median() - before.median() : null;
      Double shareChange = comparable && !before.suppressed() && !after.suppressed()
          ? after.shareEstablishedOrBetter() - before.shareEstablishedOrBetter() : null;
      rows.add(new ProgressComparison.Row(id, before, after, medianChange, shareChange, comparable));
    }
    return new ProgressComparison(earlier.round(), later.round(), later.framework(), rows);
  }

  private static Summary find(RoundResults results, String id) {
    return results.items().stream().filter(item -> item.characteristicId().equals(id)).findFirst()
        .map(ItemResult::summary).orElse(null);
  }

  /** The authority's own statistics for the page beside a round's results. */
  public Optional<AuthorityFigures> figures(Round round) {
    return figures == null ? Optional.empty() : figures.forAuthority(round.authorityCode());
  }

  /** The results as CSV (formula-injection safe); the export is audited. */
  public String csv(Account account, long roundId, boolean welsh) {
    RoundResults results = results(account, roundId);
    audit.record(account.username(), account.authorityCode(), AuditAction.EXPORTED, "round " + roundId,
        "results CSV" + (account.authorityCode() == null ? " for " + results.round().authorityCode() : ""));
    return ResultsCsv.write(results, welsh);
  }
}
