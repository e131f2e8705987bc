package uk.lacexplorer.selfeval;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.account.AuditAction;
import uk.lacexplorer.account.AuditLog;
import uk.lacexplorer.account.SecretTokens;

/**
 * Coordinators' side of a round: open it, change its title and dates (extending it moves the expiry of its usable
 * links), invite respondents and revoke links, follow the response counts, close it, reopen it and share it.
 */
public final class RoundService {
  /** Invitations expire at the end of the round's closing day, UK time. */
  public static final ZoneId UK = ZoneId.of("Europe/London");
  public static final int MAXIMUM_INVITATIONS = 200;
  private final RoundRepository rounds;
  private final InvitationRepository invitations;
  private final FrameworkStore frameworks;
  private final Access access;
  private final AuditLog audit;
  private final Clock clock;

  RoundService(RoundRepository rounds, InvitationRepository invitations, FrameworkStore frameworks, Access access,
               AuditLog audit, Clock clock) {
    this.rounds = rounds;
    this.invitations = invitations;
    this.frameworks = frameworks;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** Response counts of one stakeholder group; {@code invited} counts every link made, revoked ones included. */
  public record GroupProgress(String groupId, int invited, int started, int submitted, int revoked) {
  }

  /** Rounds the account may see: a coordinator's own, or the shared closed rounds for a viewer. */
  public List<Round> rounds(Account account) {
    if (access.seesSharedRounds(account)) return rounds.sharedAndClosed();
    access.requireCoordinator(account);
    return rounds.forAuthority(account.authorityCode());
  }

  public Round round(Account account, long roundId) {
    return access.readableRound(account, roundId);
  }

  public Framework framework(Round round) {
    return frameworks.get(round.frameworkId(), round.frameworkVersion());
  }

  public List<Framework> frameworks(Account account) {
    access.requireCoordinator(account);
    return frameworks.available(account.authorityCode());
  }

  /** Adds an adapted framework version for the coordinator's authority. */
  public Framework addFramework(Account account, String json) {
    access.requireCoordinator(account);
    Framework framework = FrameworkJson.parse(json, uk.lacexplorer.i18n.Arg.key("framework.origin.uploaded"));
    frameworks.insert(framework, account.authorityCode());
    audit.record(account.username(), account.authorityCode(), AuditAction.FRAMEWORK_ADDED, "framework " + framework.key(), "");
    return framework;
  }

  public Round create(Account account, NewRound request) {
    access.requireCoordinator(account);
    Framework framework = request.frameworkId() == null ? frameworks.standard()
        : frameworks.available(account.authorityCode()).stream()
            .filter(f -> f.id().equals(request.frameworkId())
                && java.util.Objects.equals(f.version(), request.frameworkVersion()))
            .findFirst().orElseThrow(() -> UserError.of("error.selfeval.unknownFramework", request.frameworkId(),
                String.valueOf(request.frameworkVersion())));
    String title = request.title() == null ? "" : request.title().strip();
    checkTitleAndDates(title, request.opensOn(), request.closesOn(), true);
    if (request.groups().isEmpty()) throw UserError.of("error.selfeval.noGroups");
    for (String group : request.groups()) {
      if (framework.group(group).isEmpty()) throw UserError.of("error.selfeval.unknownGroup", group);
    }
    List<String> ordered = framework.groups().stream().map(Framework.StakeholderGroup::id)
        .filter(request.groups()::contains).toList();
    NewRound clean = new NewRound(title, request.opensOn(), request.closesOn(), ordered, framework.id(), framework.version());
    long id = rounds.insert(account.authorityCode(), clean, framework, account.id(), clock.instant());
    audit.record(account.username(), account.authorityCode(), AuditAction.ROUND_CREATED, "round " + id,
        framework.key() + ", " + ordered.size() + " groups");
    return rounds.find(id).orElseThrow();
  }

  /** Creates {@code count} single-use links for one group; the tokens are returned once and stored only hashed. */
  public List<IssuedInvitation> invite(Account account, long roundId, String groupId, int count, String label) {
    Round round = access.ownRound(account, roundId);
    if (!round.isOpen()) throw new ConflictException(ConflictException.Reason.ROUND_CLOSED, "the round is closed: no more invitations", null);
    if (!round.groups().contains(groupId)) throw UserError.of("error.selfeval.groupNotInRound", groupId);
    if (count < 1 || count > MAXIMUM_INVITATIONS) throw UserError.of("error.selfeval.count", Integer.toString(MAXIMUM_INVITATIONS));
    String cleanLabel = label == null ? "" : label.strip();
    if (cleanLabel.length() > 200) throw UserError.of("error.selfeval.label");
    Instant now = clock.instant();
    Instant expires = endOf(round.closesOn());
    List<IssuedInvitation> issued = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String token = SecretTokens.newToken();
      issued.add(new IssuedInvitation(
          invitations.insert(roundId, groupId, cleanLabel, SecretTokens.sha256(token), now, expires), token));
    }
    audit.record(account.username(), round.authorityCode(), AuditAction.INVITATIONS_CREATED, "round " + roundId,
        count + " for group " + groupId);
    return issued;
  }

  public List<Invitation> invitations(Account account, long roundId) {
    return invitations.forRound(access.ownRound(account, roundId).id());
  }

  /** Invited, started and submitted per group, in the round's group order. */
  public List<GroupProgress> progress(Account account, long roundId) {
    Round round = access.ownRound(account, roundId);
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (String group : round.groups()) counts.put(group, new int[4]);
    for (Invitation invitation : invitations.forRound(roundId)) {
      int[] row = counts.computeIfAbsent(invitation.groupId(), g -> new int[4]);
      row[0]++;
      if (invitation.started()) row[1]++;
      if (invitation.submitted()) row[2]++;
      if (invitation.revoked()) row[3]++;
    }
    return counts.entrySet().stream()
        .map(e -> new GroupProgress(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
        .toList();
  }

  private void checkTitleAndDates(String title, LocalDate opensOn, LocalDate closesOn, boolean open) {
    if (title.isEmpty() || title.length() > 200) throw UserError.of("error.selfeval.title");
    if (opensOn == null || closesOn == null) throw UserError.of("error.selfeval.datesMissing");
    if (closesOn.isBefore(opensOn)) throw UserError.of("error.selfeval.closesBeforeOpens");
    if (open && closesOn.isBefore(today())) throw UserError.of("error.selfeval.closesPassed");
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(UK));
  }

  private static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(UK).toInstant();
  }

  /**
   * Changes a round's title and dates. For an open round the closing date may not have passed; links that can still
   * be used then work until the end of the new closing day (so extending the round extends them).
   */
  public Round edit(Account account, long roundId, String title, LocalDate opensOn, LocalDate closesOn) {
    Round round = access.ownRound(account, roundId);
    String clean = title == null ? "" : title.strip();
    checkTitleAndDates(clean, opensOn, closesOn, round.isOpen());
    rounds.update(round.id(), clean, opensOn, closesOn);
    if (round.isOpen()) invitations.expireUsableAt(round.id(), endOf(closesOn));
    audit.record(account.username(), round.authorityCode(), AuditAction.ROUND_CHANGED, "round " + roundId,
        "dates " + opensOn + " to " + closesOn + (round.closesOn().equals(closesOn) ? "" : ", was to " + round.closesOn()));
    return rounds.find(roundId).orElseThrow();
  }

  /**
   * Opens a closed round again until the end of {@code closesOn} (today or later): its unused links work again and
   * new ones can be made; its results are no longer shared until it is closed and shared again.
   */
  public Round reopen(Account account, long roundId, LocalDate closesOn) {
    Round round = access.ownRound(account, roundId);
    if (round.isOpen()) throw new ConflictException(ConflictException.Reason.ROUND_OPEN, "the round is open already", null);
    checkTitleAndDates(round.title(), round.opensOn(), closesOn, true);
    if (!rounds.reopen(round.id(), closesOn)) {
      throw new ConflictException(ConflictException.Reason.ROUND_OPEN, "the round is open already", null);
    }
    invitations.expireUsableAt(round.id(), endOf(closesOn));
    audit.record(account.username(), round.authorityCode(), AuditAction.ROUND_REOPENED, "round " + roundId,
        "until " + closesOn);
    return rounds.find(roundId).orElseThrow();
  }

  /**
   * Withdraws one link of the round: it answers "revoked" from now on and its unsubmitted draft never counts.
   * Answers already submitted (through any link) stay. Revoking a revoked link again changes nothing.
   */
  public Invitation revoke(Account account, long roundId, long invitationId) {
    Round round = access.ownRound(account, roundId);
    Invitation invitation = invitations.find(invitationId).filter(found -> found.roundId() == round.id())
        .orElseThrow(() -> new NotFoundException("invitation " + invitationId));
    if (invitation.submitted()) {
      throw new ConflictException(ConflictException.Reason.ALREADY_SUBMITTED, "the link has been used to submit answers", null);
    }
    if (invitations.revoke(round.id(), invitationId, clock.instant())) {
      audit.record(account.username(), round.authorityCode(), AuditAction.INVITATIONS_REVOKED, "round " + roundId,
          "invitation " + invitationId + " of group " + invitation.groupId());
    }
    return invitations.find(invitationId).orElseThrow();
  }

  public Round close(Account account, long roundId) {
    Round round = access.ownRound(account, roundId);
    if (!rounds.close(round.id(), clock.instant())) throw new ConflictException(ConflictException.Reason.ROUND_CLOSED, "the round is already closed", null);
    audit.record(account.username(), round.authorityCode(), AuditAction.ROUND_CLOSED, "round " + roundId, "");
    return rounds.find(roundId).orElseThrow();
  }

  /** Shares (or stops sharing) a closed round's aggregated results with national viewers. */
  public Round share(Account account, long roundId, boolean shared) {
    Round round = access.ownRound(account, roundId);
    if (round.isOpen()) throw new ConflictException(ConflictException.Reason.ROUND_OPEN, "close the round before sharing its results", null);
    rounds.share(roundId, shared);
    audit.record(account.username(), round.authorityCode(), AuditAction.ROUND_SHARED, "round " + roundId,
        shared ? "shared" : "no longer shared");
    return rounds.find(roundId).orElseThrow();
  }
}
