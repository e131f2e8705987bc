package uk.lacexplorer.selfeval;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.account.AuditAction;
import uk.lacexplorer.account.AuditLog;
import uk.lacexplorer.account.SecretTokens;

/**
 * Respondents' side: open an invitation link, save a draft (kept in the database, so it survives a restart), and
 * submit once. A submission writes every answer and marks the invitation in one transaction, or changes nothing.
 */
public final class ResponseService {
  private final RoundRepository rounds;
  private final InvitationRepository invitations;
  private final FrameworkStore frameworks;
  private final AuditLog audit;
  private final Clock clock;

  ResponseService(RoundRepository rounds, InvitationRepository invitations, FrameworkStore frameworks, AuditLog audit,
                  Clock clock) {
    this.rounds = rounds;
    this.invitations = invitations;
    this.frameworks = frameworks;
    this.audit = audit;
    this.clock = clock;
  }

  /** Checks a link's token; the invitation it opens (for a respondent session), or an exception saying why not. */
  public Invitation open(String token) {
    if (!SecretTokens.looksLikeToken(token)) throw new NotFoundException("invitation");
    Invitation invitation = invitations.byTokenHash(SecretTokens.sha256(token))
        .orElseThrow(() -> new NotFoundException("invitation"));
    usable(invitation);
    return invitation;
  }

  public Questionnaire questionnaire(long invitationId) {
    Invitation invitation = invitations.find(invitationId).orElseThrow(() -> new NotFoundException("invitation"));
    Round round = usable(invitation);
    return new Questionnaire(round, frameworks.get(round.frameworkId(), round.frameworkVersion()), invitation,
        invitations.answers(invitationId));
  }

  /** Saves whatever has been answered so far; answers may be incomplete. */
  public Questionnaire saveDraft(long invitationId, List<Answer> answers) {
    Questionnaire current = questionnaire(invitationId);
    List<Answer> checked = check(current.framework(), answers, false);
    invitations.jdbi().useTransaction(handle -> {
      if (!invitations.replaceAnswers(handle, invitationId, checked, clock.instant())) {
        throw new InvitationUnavailableException(InvitationUnavailableException.Reason.SUBMITTED);
      }
    });
    return questionnaire(invitationId);
  }

  /** Submits every answer at once; each characteristic needs a rating or "don't know". */
  public void submit(long invitationId, List<Answer> answers) {
    Questionnaire current = questionnaire(invitationId);
    Map<String, Answer> merged = new LinkedHashMap<>(current.answers());
    for (Answer answer : check(current.framework(), answers, false)) merged.put(answer.characteristicId(), answer);
    List<Answer> complete = check(current.framework(), new ArrayList<>(merged.values()), true);
    Instant now = clock.instant();
    invitations.jdbi().useTransaction(handle -> {
      if (!invitations.replaceAnswers(handle, invitationId, complete, now)
          || !invitations.markSubmitted(handle, invitationId, now)) {
        throw new InvitationUnavailableException(InvitationUnavailableException.Reason.SUBMITTED);
      }
    });
    audit.record("respondent", current.round().authorityCode(), AuditAction.RESPONSE_SUBMITTED,
        "round " + current.round().id(), "group " + current.invitation().groupId());
  }

  private Round usable(Invitation invitation) {
    if (invitation.revoked()) throw new InvitationUnavailableException(InvitationUnavailableException.Reason.REVOKED);
    if (invitation.submitted()) throw new InvitationUnavailableException(InvitationUnavailableException.Reason.SUBMITTED);
    Round round = rounds.find(invitation.roundId()).orElseThrow(() -> new NotFoundException("invitation"));
    if (!round.isOpen()) throw new InvitationUnavailableException(InvitationUnavailableException.Reason.ROUND_CLOSED);
    if (!clock.instant().isBefore(invitation.expiresAt())) {
      throw new InvitationUnavailableException(InvitationUnavailableException.Reason.EXPIRED);
    }
    if (LocalDate.now(clock.withZone(RoundService.UK)).isBefore(round.opensOn())) {
      throw new InvitationUnavailableException(InvitationUnavailableException.Reason.NOT_YET_OPEN);
    }
    return round;
  }

  /** Checks ids, scale points and evidence length; with {@code complete}, that every characteristic is answered. */
  static List<Answer> check(Framework framework, List<Answer> answers, boolean complete) {
    Map<String, Answer> byId = new LinkedHashMap<>();
    for (Answer answer : answers) {
      if (framework.characteristic(answer.characteristicId()).isEmpty()) {
        throw UserError.of("error.selfeval.unknownCharacteristic", answer.characteristicId());
      }
      if (answer.scalePoint() != null && framework.scalePoint(answer.scalePoint()).isEmpty()) {
        throw UserError.of("error.selfeval.notAScalePoint", answer.scalePoint(),
            answer.characteristicId());
      }
      if (answer.evidence().length() > Answer.EVIDENCE_LIMIT) {
        throw UserError.of("error.selfeval.evidenceTooLong", answer.characteristicId(),
            Integer.toString(Answer.EVIDENCE_LIMIT));
      }
      byId.put(answer.characteristicId(), answer);
    }
    if (complete) {
      List<String> missing = framework.characteristics().stream().map(Framework.Characteristic::id)
          .filter(id -> byId.get(id) == null || byId.get(id).scalePoint() == null).toList();
      if (!missing.isEmpty()) {
        throw new IncompleteResponseException(missing);
      }
    }
    return new ArrayList<>(byId.values());
  }
}
