package uk.lacexplorer.selfeval;

import uk.lacexplorer.account.AccessPolicy;
import uk.lacexplorer.account.Account;

/**
 * Which rounds an account may see, by the application's {@link AccessPolicy}: a coordinator only the rounds of their
 * own authority; a national viewer only closed rounds an authority chose to share (and only their aggregated results);
 * an administrator none. Anything else is reported as not found, never as "belongs to someone else".
 */
final class Access {
  private final RoundRepository rounds;
  private final AccessPolicy policy;

  Access(RoundRepository rounds, AccessPolicy policy) {
    this.rounds = rounds;
    this.policy = policy;
  }

  void requireCoordinator(Account account) {
    if (!policy.allows(AccessPolicy.Need.COORDINATOR, account)) {
      throw new ForbiddenException("only an authority's coordinator can do this");
    }
  }

  boolean seesSharedRounds(Account account) {
    return policy.seesSharedRounds(account);
  }

  /** A round the coordinator may read and change. */
  Round ownRound(Account account, long roundId) {
    requireCoordinator(account);
    return rounds.find(roundId).filter(round -> policy.mayManage(account, round.authorityCode()))
        .orElseThrow(() -> new NotFoundException("round " + roundId));
  }

  /** Whether the account may read the round's aggregated results (the policy's rule, for a round in hand). */
  boolean mayRead(Account account, Round round) {
    return policy.mayReadResults(account, round.authorityCode(), round.sharedNationally(), !round.isOpen());
  }

  /** A round whose aggregated results the account may read. */
  Round readableRound(Account account, long roundId) {
    if (policy.seesSharedRounds(account)) {
      return rounds.find(roundId)
          .filter(round -> policy.mayReadResults(account, round.authorityCode(), round.sharedNationally(), !round.isOpen()))
          .orElseThrow(() -> new NotFoundException("round " + roundId));
    }
    return ownRound(account, roundId);
  }
}
