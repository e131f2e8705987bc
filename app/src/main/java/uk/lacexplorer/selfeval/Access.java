package uk.lacexplorer.selfeval;

import uk.lacexplorer.account.Account;
import uk.lacexplorer.account.Role;

/**
 * Who may see which round. A coordinator sees only the rounds of their own authority; a national viewer only closed
 * rounds an authority chose to share (and only their aggregated results); an administrator none. Anything else is
 * reported as not found, never as "belongs to someone else".
 */
final class Access {
  private final RoundRepository rounds;

  Access(RoundRepository rounds) {
    this.rounds = rounds;
  }

  static void requireCoordinator(Account account) {
    if (account == null || account.role() != Role.COORDINATOR || account.authorityCode() == null) {
      throw new ForbiddenException("only an authority's coordinator can do this");
    }
  }

  /** A round the coordinator may read and change. */
  Round ownRound(Account account, long roundId) {
    requireCoordinator(account);
    return rounds.find(roundId).filter(round -> account.isCoordinatorOf(round.authorityCode()))
        .orElseThrow(() -> new NotFoundException("round " + roundId));
  }

  /** A round whose aggregated results the account may read. */
  Round readableRound(Account account, long roundId) {
    if (account != null && account.role() == Role.VIEWER) {
      return rounds.find(roundId).filter(round -> round.sharedNationally() && !round.isOpen())
          .orElseThrow(() -> new NotFoundException("round " + roundId));
    }
    return ownRound(account, roundId);
  }
}
