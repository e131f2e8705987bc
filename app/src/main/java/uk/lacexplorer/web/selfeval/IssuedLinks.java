package uk.lacexplorer.web.selfeval;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.account.SecretTokens;
import uk.lacexplorer.selfeval.IssuedInvitation;

/**
 * Links just made, kept in this server's memory (never in the database, where only their hashes are) for the page
 * that shows them: so that switching language, reloading or downloading them as CSV does not lose them. Each view is
 * bound to the session that made it and the round, kept {@link #KEPT}, and at most {@link #MAXIMUM} views are kept
 * (the oldest go first). A restart forgets them: links are shown once. Thread-safe.
 */
final class IssuedLinks {
  static final Duration KEPT = Duration.ofMinutes(30);
  static final int MAXIMUM = 500;

  private record View(String sessionHash, long roundId, List<IssuedInvitation> issued, Instant madeAt) {
  }

  private final Map<String, View> views = new LinkedHashMap<>();

  /** Keeps the links for one page view; the view's id (unguessable) names it in the page's address. */
  synchronized String keep(String sessionHash, long roundId, List<IssuedInvitation> issued, Instant now) {
    forgetOld(now);
    while (views.size() >= MAXIMUM) {
      Iterator<String> oldest = views.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    String id = SecretTokens.newToken();
    views.put(id, new View(sessionHash, roundId, List.copyOf(issued), now));
    return id;
  }

  /** The links of a view, if it is this session's, for this round, and not too old. */
  synchronized Optional<List<IssuedInvitation>> find(String id, String sessionHash, long roundId, Instant now) {
    forgetOld(now);
    View view = views.get(id);
    if (view == null || !view.sessionHash().equals(sessionHash) || view.roundId() != roundId) return Optional.empty();
    return Optional.of(view.issued());
  }

  private void forgetOld(Instant now) {
    views.values().removeIf(view -> view.madeAt().plus(KEPT).isBefore(now));
  }
}
