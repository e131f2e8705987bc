package uk.lacexplorer.selfeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.account.AuditAction;
import uk.lacexplorer.account.AuditEvent;
import uk.lacexplorer.account.AuditLog;
import uk.lacexplorer.account.MutableClock;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.account.SecretTokens;
import uk.lacexplorer.account.TestDatabases;
import uk.lacexplorer.store.Database;

/** The whole self-evaluation flow through the services, on H2 and on a real PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabases.Kind.class)
class SelfevalServiceTest {
  static final String TORFAEN = "W06000020";
  static final String CARDIFF = "W06000015";
  static final LocalDate OPENS = LocalDate.parse("2025-03-01");
  static final LocalDate CLOSES = LocalDate.parse("2025-03-31");

  @Parameter
  TestDatabases.Kind kind;
  String url;
  Database database;
  MutableClock clock;
  Selfeval selfeval;
  Account torfaen;
  Account cardiff;
  Account viewer;
  Account admin;

  @BeforeEach
  void open() {
    url = TestDatabases.newUrl(kind);
    database = TestDatabases.open(url);
    clock = new MutableClock(Instant.parse("2025-03-03T10:00:00Z"));
    selfeval = restart();
    torfaen = TestDatabases.insertAccount(database, "tor", Role.COORDINATOR, TORFAEN);
    cardiff = TestDatabases.insertAccount(database, "card", Role.COORDINATOR, CARDIFF);
    viewer = TestDatabases.insertAccount(database, "national", Role.VIEWER, null);
    admin = TestDatabases.insertAccount(database, "admin", Role.ADMIN, null);
  }

  /** New services on a reopened database, as after a server restart. */
  Selfeval restart() {
    if (database != null) database.close();
    database = TestDatabases.open(url);
    return new Selfeval(database.jdbi(), new AuditLog(database.jdbi(), clock), null, clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  Round torfaenRound(String... groups) {
    return selfeval.rounds().create(torfaen, NewRound.standard("Spring 2025", OPENS, CLOSES, List.of(groups)));
  }

  static List<Answer> allAnswers(Function<String, String> pointFor) {
    List<Answer> answers = new ArrayList<>();
    for (Framework.Characteristic item : FrameworkJson.standard().characteristics()) {
      answers.add(new Answer(item.id(), pointFor.apply(item.id()), ""));
    }
    return answers;
  }

  /** Invites {@code count} respondents of a group and has each submit the same ratings. */
  void respond(Round round, String group, int count, Function<String, String> pointFor) {
    for (IssuedInvitation issued : selfeval.rounds().invite(torfaen, round.id(), group, count, "")) {
      Invitation opened = selfeval.responses().open(issued.token());
      selfeval.responses().submit(opened.id(), allAnswers(pointFor));
    }
  }

  @Test
  void draftSurvivesARestartAndIsSubmittedOnceWithAllAnswers() {
    Round round = torfaenRound("social_work", "senior_leaders");
    IssuedInvitation issued = selfeval.rounds().invite(torfaen, round.id(), "social_work", 1, "team A").get(0);
    assertThat(issued.token()).hasSize(43);
    assertThat(issued.path()).isEqualTo("/selfeval/respond/" + issued.token());
    String storedHash = database.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM sv_invitation")
        .mapTo(String.class).one());
    assertThat(storedHash).isEqualTo(SecretTokens.sha256(issued.token())).doesNotContain(issued.token());

    long invitation = selfeval.responses().open(issued.token()).id();
    selfeval.responses().saveDraft(invitation, List.of(new Answer("A1", "emerging", "Strategy agreed in 2024"),
        new Answer("B2", "dont_know", "")));

    selfeval = restart();
    Questionnaire resumed = selfeval.responses().questionnaire(selfeval.responses().open(issued.token()).id());
    assertThat(resumed.answer("A1")).isEqualTo(new Answer("A1", "emerging", "Strategy agreed in 2024"));
    assertThat(resumed.answered()).isEqualTo(2);

    assertThatThrownBy(() -> selfeval.responses().submit(invitation, List.of(new Answer("A2", "embedded", ""))))
        .isInstanceOf(IncompleteResponseException.class).hasMessageContaining("missing: A3, A4");
    assertThat(selfeval.responses().questionnaire(invitation).answers()).doesNotContainKey("A2");

    // The draft's A1 counts when the submission leaves A1 out.
    selfeval.responses().submit(invitation, allAnswers(id -> "established").stream()
        .filter(answer -> !answer.characteristicId().equals("A1")).toList());
    assertThat(new InvitationRepository(database.jdbi()).answers(invitation).get("A1").scalePoint()).isEqualTo("emerging");
    assertThat(selfeval.rounds().invitations(torfaen, round.id()).get(0).submitted()).isTrue();
    assertThatThrownBy(() -> selfeval.responses().submit(invitation, allAnswers(id -> "embedded")))
        .isInstanceOf(InvitationUnavailableException.class).hasMessageContaining("submitted");
    assertThatThrownBy(() -> selfeval.responses().open(issued.token()))
        .isInstanceOf(InvitationUnavailableException.class);
    assertThatThrownBy(() -> selfeval.responses().saveDraft(invitation, List.of(new Answer("A1", "embedded", ""))))
        .isInstanceOf(InvitationUnavailableException.class);
  }

  @Test
  void aSubmissionWithOneBadAnswerChangesNothing() {
    Round round = torfaenRound("social_work");
    IssuedInvitation issued = selfeval.rounds().invite(torfaen, round.id(), "social_work", 1, "").get(0);
    long invitation = selfeval.responses().open(issued.token()).id();
    selfeval.responses().saveDraft(invitation, List.of(new Answer("A1", "emerging", "")));
    List<Answer> answers = allAnswers(id -> "embedded");
    answers.set(5, new Answer("A6", "excellent", ""));
    assertThatThrownBy(() -> selfeval.responses().submit(invitation, answers)).isInstanceOf(UserError.class)
        .hasMessageContaining("'excellent' is not a point of the scale for A6");
    Questionnaire after = selfeval.responses().questionnaire(invitation);
    assertThat(after.answers()).hasSize(1);
    assertThat(after.answer("A1").scalePoint()).isEqualTo("emerging");
    assertThat(after.invitation().submitted()).isFalse();
  }

  @Test
  void linksStopWorkingWhenTheRoundClosesOrExpires() {
    Round round = torfaenRound("police");
    List<IssuedInvitation> issued = selfeval.rounds().invite(torfaen, round.id(), "police", 2, "");
    assertThatThrownBy(() -> selfeval.responses().open(SecretTokens.newToken())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> selfeval.responses().open("../../etc")).isInstanceOf(NotFoundException.class);
    clock.advance(Duration.ofDays(29)); // 1 April 2025, 10:00: after the end of 31 March
    assertThatThrownBy(() -> selfeval.responses().open(issued.get(0).token()))
        .isInstanceOf(InvitationUnavailableException.class).hasMessageContaining("expired");
    clock.advance(Duration.ofDays(-29));
    selfeval.rounds().close(torfaen, round.id());
    assertThatThrownBy(() -> selfeval.responses().open(issued.get(1).token()))
        .isInstanceOf(InvitationUnavailableException.class).hasMessageContaining("round_closed");
    assertThatThrownBy(() -> selfeval.rounds().invite(torfaen, round.id(), "police", 1, ""))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void resultsAppearOnlyAfterClosingAndAreSuppressedBelowFiveRespondents() {
    Round small = torfaenRound("social_work");
    respond(small, "social_work", 4, id -> "established");
    assertThatThrownBy(() -> selfeval.results().results(torfaen, small.id())).isInstanceOf(ConflictException.class);
    selfeval.rounds().close(torfaen, small.id());
    RoundResults four = selfeval.results().results(torfaen, small.id());
    assertThat(four.respondents()).isEqualTo(4);
    assertThat(four.overall().suppressed()).isTrue();
    assertThat(four.items()).allSatisfy(item -> {
      assertThat(item.summary().suppressed()).isTrue();
      assertThat(item.summary().counts()).isNull();
      assertThat(item.leikConsensus()).isNull();
    });

    Round five = torfaenRound("social_work");
    respond(five, "social_work", 5, id -> "established");
    selfeval.rounds().close(torfaen, five.id());
    RoundResults shown = selfeval.results().results(torfaen, five.id());
    assertThat(shown.item("C4").summary().counts()).containsExactly(0L, 0L, 5L, 0L);
    assertThat(shown.item("C4").leikConsensus()).isEqualTo(1.0);
    assertThat(shown.overall().rated()).isEqualTo(5L * 23);
  }

  @Test
  void resultsShowAgreementAndTheWidestGapBetweenGroups() {
    Round round = torfaenRound("senior_leaders", "social_work");
    // Leaders rate A1 embedded (5 of them); practitioners 3 emerging and 2 not in place. Everything else: established.
    respond(round, "senior_leaders", 5, id -> id.equals("A1") ? "embedded" : "established");
    respond(round, "social_work", 3, id -> id.equals("A1") ? "emerging" : "established");
    respond(round, "social_work", 2, id -> id.equals("A1") ? "not_in_place" : "established");
    selfeval.rounds().close(torfaen, round.id());
    RoundResults results = selfeval.results().results(torfaen, round.id());
    ItemResult a1 = results.item("A1");
    // Counts (2, 3, 0, 5): sorted 1,1,2,2,2,4,4,4,4,4 → median (2 + 4)/2 = 3; share at 3+ = 5/10.
    assertThat(a1.summary().counts()).containsExactly(2L, 3L, 0L, 5L);
    assertThat(a1.summary().median()).isEqualTo(3.0);
    assertThat(a1.summary().shareEstablishedOrBetter()).isEqualTo(0.5);
    // Leik: F = (.2, .5, .5) → d = (.2, .5, .5), D = 2·1.2/3 = 0.8, consensus 0.2.
    assertThat(a1.leikConsensus()).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(a1.gap().lowGroupId()).isEqualTo("social_work");
    assertThat(a1.gap().highGroupId()).isEqualTo("senior_leaders");
    // Means: practitioners (2·1 + 3·2)/5 = 1.6, leaders 4 → gap 2.4; every leader above every practitioner → δ = 1.
    assertThat(a1.gap().meanGap()).isCloseTo(2.4, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(a1.gap().cliffsDelta()).isEqualTo(1.0);
    assertThat(a1.flagged()).isTrue();
    assertThat(results.flagged()).extracting(ItemResult::characteristicId).containsExactly("A1");
    assertThat(results.item("A2").gap().meanGap()).isEqualTo(0.0);
  }

  @Test
  void aCoordinatorCannotReachAnotherAuthoritysRoundsByGuessingIds() {
    Round round = torfaenRound("social_work");
    List<IssuedInvitation> issued = selfeval.rounds().invite(torfaen, round.id(), "social_work", 1, "");
    PlanAction action = selfeval.actions().add(torfaen, new ActionDraft(round.id(), "A1", "Write the strategy", "Head of service",
        LocalDate.parse("2025-06-30"), PlanAction.Status.PLANNED));
    long id = round.id();
    assertThat(selfeval.rounds().rounds(cardiff)).isEmpty();
    assertThatThrownBy(() -> selfeval.rounds().round(cardiff, id)).isInstanceOf(NotFoundException.class)
        .hasMessage("round " + id + " not found");
    assertThatThrownBy(() -> selfeval.rounds().round(cardiff, id + 1000)).isInstanceOf(NotFoundException.class)
        .hasMessage("round " + (id + 1000) + " not found");
    assertThatThrownBy(() -> selfeval.rounds().invite(cardiff, id, "social_work", 1, "")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> selfeval.rounds().invitations(cardiff, id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> selfeval.rounds().progress(cardiff, id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> selfeval.rounds().close(cardiff, id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> selfeval.results().results(cardiff, id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> selfeval.actions().action(cardiff, action.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> selfeval.actions().update(cardiff, action.id(), action.version(), new ActionDraft(null, "A1",
        "Hijacked", "x", null, PlanAction.Status.DONE))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> selfeval.actions().add(cardiff, new ActionDraft(id, "A1", "Linked to their round", "x", null,
        PlanAction.Status.PLANNED))).isInstanceOf(NotFoundException.class);
    assertThat(selfeval.actions().plan(cardiff)).isEmpty();
    assertThat(selfeval.rounds().round(torfaen, id).isOpen()).isTrue();
    assertThat(selfeval.actions().action(torfaen, action.id()).description()).isEqualTo("Write the strategy");
    assertThat(issued).hasSize(1);
  }

  @Test
  void viewersSeeOnlySharedClosedRoundsAndAdministratorsNoRounds() {
    Round round = torfaenRound("social_work");
    respond(round, "social_work", 5, id -> "emerging");
    assertThat(selfeval.rounds().rounds(viewer)).isEmpty();
    assertThatThrownBy(() -> selfeval.results().results(viewer, round.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> selfeval.rounds().share(torfaen, round.id(), true)).isInstanceOf(ConflictException.class);
    selfeval.rounds().close(torfaen, round.id());
    assertThatThrownBy(() -> selfeval.results().results(viewer, round.id())).isInstanceOf(NotFoundException.class);
    selfeval.rounds().share(torfaen, round.id(), true);
    assertThat(selfeval.rounds().rounds(viewer)).extracting(Round::id).containsExactly(round.id());
    assertThat(selfeval.results().results(viewer, round.id()).overall().rated()).isEqualTo(5L * 23);
    assertThatThrownBy(() -> selfeval.rounds().invitations(viewer, round.id())).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> selfeval.rounds().create(viewer, NewRound.standard("x", OPENS, CLOSES, List.of("police"))))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> selfeval.rounds().rounds(admin)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> selfeval.actions().plan(viewer)).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void twoCoordinatorsEditingOneActionDoNotOverwriteEachOther() {
    Account colleague = TestDatabases.insertAccount(database, "tor2", Role.COORDINATOR, TORFAEN);
    PlanAction action = selfeval.actions().add(torfaen, new ActionDraft(null, "B2", "Business case for early help",
        "Finance lead", LocalDate.parse("2025-09-30"), PlanAction.Status.PLANNED));
    assertThat(action.version()).isEqualTo(1);
    PlanAction first = selfeval.actions().update(torfaen, action.id(), 1, new ActionDraft(null, "B2",
        "Business case for early help", "Finance lead", LocalDate.parse("2025-09-30"), PlanAction.Status.IN_PROGRESS));
    assertThat(first.version()).isEqualTo(2);
    assertThatThrownBy(() -> selfeval.actions().update(colleague, action.id(), 1, new ActionDraft(null, "B2",
        "Something else", "Someone", null, PlanAction.Status.DROPPED)))
        .isInstanceOfSatisfying(ConflictException.class, conflict -> assertThat(conflict.currentVersion()).isEqualTo(2));
    PlanAction stored = selfeval.actions().action(colleague, action.id());
    assertThat(stored.status()).isEqualTo(PlanAction.Status.IN_PROGRESS);
    assertThat(stored.description()).isEqualTo("Business case for early help");
  }

  @Test
  void progressComparesTwoRoundsCharacteristicByCharacteristic() {
    Round spring = torfaenRound("social_work");
    respond(spring, "social_work", 5, id -> "emerging");
    selfeval.rounds().close(torfaen, spring.id());
    Round autumn = torfaenRound("social_work");
    respond(autumn, "social_work", 5, id -> id.startsWith("A") ? "established" : "emerging");
    selfeval.rounds().close(torfaen, autumn.id());
    ProgressComparison progress = selfeval.results().progress(torfaen, spring.id(), autumn.id());
    ProgressComparison.Row a1 = progress.rows().get(0);
    assertThat(a1.characteristicId()).isEqualTo("A1");
    assertThat(a1.medianChange()).isEqualTo(1.0);
    assertThat(a1.shareChange()).isEqualTo(1.0);
    assertThat(progress.rows().get(7).characteristicId()).isEqualTo("B1");
    assertThat(progress.rows().get(7).shareChange()).isEqualTo(0.0);
  }

  @Test
  void auditsRoundsInvitationsSubmissionsClosingAndExports() {
    Round round = torfaenRound("health");
    respond(round, "health", 5, id -> "embedded");
    selfeval.rounds().close(torfaen, round.id());
    String csv = selfeval.results().csv(torfaen, round.id(), false);
    assertThat(csv).startsWith("round_id,authority_code,framework,row_type");
    List<AuditEvent> events = new AuditLog(database.jdbi(), clock).recent(TORFAEN, 50);
    assertThat(events).extracting(AuditEvent::action).containsSubsequence(AuditAction.EXPORTED,
        AuditAction.ROUND_CLOSED, AuditAction.RESPONSE_SUBMITTED, AuditAction.INVITATIONS_CREATED, AuditAction.ROUND_CREATED);
    assertThat(events).filteredOn(e -> e.action() == AuditAction.RESPONSE_SUBMITTED).hasSize(5)
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo("respondent"));
  }

  @Test
  void rejectsBadRoundsWithAMessageNamingTheField() {
    assertThatThrownBy(() -> selfeval.rounds().create(torfaen, NewRound.standard(" ", OPENS, CLOSES, List.of("police"))))
        .hasMessageStartingWith("title:");
    assertThatThrownBy(() -> selfeval.rounds().create(torfaen, NewRound.standard("x", CLOSES, OPENS, List.of("police"))))
        .hasMessageStartingWith("dates:");
    assertThatThrownBy(() -> selfeval.rounds().create(torfaen, NewRound.standard("x", OPENS, CLOSES, List.of())))
        .hasMessageStartingWith("groups:");
    assertThatThrownBy(() -> selfeval.rounds().create(torfaen, NewRound.standard("x", OPENS, CLOSES, List.of("wizards"))))
        .hasMessageContaining("unknown stakeholder group 'wizards'");
    Round round = torfaenRound("police", "health");
    assertThat(round.groups()).containsExactly("police", "health");
    assertThat(round.frameworkKey()).isEqualTo("awhcs-2013 v1");
    assertThatThrownBy(() -> selfeval.rounds().invite(torfaen, round.id(), "education", 1, ""))
        .hasMessageContaining("not one of this round's groups");
    assertThatThrownBy(() -> selfeval.rounds().invite(torfaen, round.id(), "police", 0, ""))
        .hasMessageStartingWith("count:");
  }

  @Test
  void twoSimultaneousSubmissionsOfOneLinkCountOnce() throws Exception {
    Round round = torfaenRound("police");
    IssuedInvitation issued = selfeval.rounds().invite(torfaen, round.id(), "police", 1, "").get(0);
    long invitation = selfeval.responses().open(issued.token()).id();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<Boolean>> attempts = new ArrayList<>();
    for (String point : List.of("embedded", "not_in_place")) {
      attempts.add(pool.submit(() -> {
        start.await();
        try {
          selfeval.responses().submit(invitation, allAnswers(id -> point));
          return true;
        } catch (InvitationUnavailableException alreadySubmitted) {
          return false;
        }
      }));
    }
    start.countDown();
    int succeeded = 0;
    for (var attempt : attempts) if (attempt.get()) succeeded++;
    pool.shutdown();
    assertThat(succeeded).isEqualTo(1);
    var stored = new InvitationRepository(database.jdbi()).answers(invitation).values().stream()
        .map(Answer::scalePoint).distinct().toList();
    assertThat(stored).hasSize(1);
    assertThat(new AuditLog(database.jdbi(), clock).recent(TORFAEN, 50))
        .filteredOn(e -> e.action() == AuditAction.RESPONSE_SUBMITTED).hasSize(1);
  }

  @Test
  void anAdaptedFrameworkVersionKeepsOldRoundsComparable() {
    Round spring = torfaenRound("social_work");
    respond(spring, "social_work", 5, id -> "emerging");
    selfeval.rounds().close(torfaen, spring.id());
    String adaptedJson = FrameworkJson.write(FrameworkJson.standard()).replace("\"version\" : 1", "\"version\" : 2")
        .replace("Casework is clearly focused on outcomes for the child.",
            "Casework is clearly focused on outcomes for the child, including permanence.");
    Framework adapted = selfeval.rounds().addFramework(torfaen, adaptedJson);
    assertThat(adapted.key()).isEqualTo("awhcs-2013 v2");
    assertThatThrownBy(() -> selfeval.rounds().addFramework(torfaen, adaptedJson)).hasMessageContaining("exists already");
    assertThatThrownBy(() -> selfeval.rounds().create(cardiff, new NewRound("x", OPENS, CLOSES, List.of("police"),
        "awhcs-2013", 2))).hasMessageContaining("unknown framework awhcs-2013 v2");

    Round autumn = selfeval.rounds().create(torfaen, new NewRound("Autumn", OPENS, CLOSES, List.of("social_work"),
        "awhcs-2013", 2));
    assertThat(autumn.frameworkKey()).isEqualTo("awhcs-2013 v2");
    respond(autumn, "social_work", 5, id -> "established");
    selfeval.rounds().close(torfaen, autumn.id());
    assertThat(selfeval.results().results(torfaen, spring.id()).framework().characteristic("C4").orElseThrow().textEn())
        .isEqualTo("Casework is clearly focused on outcomes for the child.");
    assertThat(selfeval.results().results(torfaen, autumn.id()).framework().characteristic("C4").orElseThrow().textEn())
        .endsWith("including permanence.");
    ProgressComparison progress = selfeval.results().progress(torfaen, spring.id(), autumn.id());
    assertThat(progress.rows()).hasSize(23).allSatisfy(row -> {
      assertThat(row.comparable()).isTrue();
      assertThat(row.shareChange()).isEqualTo(1.0);
    });
  }

  @Test
  void editExtendReopenAndRevokeAndTheRefusals() {
    Round round = torfaenRound("police");
    respond(round, "police", 5, id -> "emerging");
    List<IssuedInvitation> spare = selfeval.rounds().invite(torfaen, round.id(), "police", 2, "");
    // Extending moves the expiry of the links still usable, not of the submitted ones.
    Round extended = selfeval.rounds().edit(torfaen, round.id(), " Spring 2025, extended ", OPENS, CLOSES.plusDays(14));
    assertThat(extended.title()).isEqualTo("Spring 2025, extended");
    assertThat(selfeval.rounds().invitations(torfaen, round.id())).filteredOn(link -> !link.submitted())
        .allSatisfy(link -> assertThat(link.expiresAt()).isEqualTo(Instant.parse("2025-04-14T23:00:00Z")));
    clock.advance(Duration.ofDays(30)); // 2 April 2025: after the old closing date, before the new one
    assertThat(selfeval.responses().open(spare.get(0).token()).id()).isEqualTo(spare.get(0).invitation().id());
    assertThatThrownBy(() -> selfeval.rounds().edit(torfaen, round.id(), "x", OPENS, CLOSES))
        .hasMessageStartingWith("dates:").hasMessageContaining("passed");
    assertThatThrownBy(() -> selfeval.rounds().edit(cardiff, round.id(), "x", OPENS, CLOSES.plusDays(20)))
        .isInstanceOf(NotFoundException.class);

    // Revoking: the link is refused from now on, even to a respondent already in; submitted links cannot be revoked.
    long opened = selfeval.responses().open(spare.get(0).token()).id();
    selfeval.rounds().revoke(torfaen, round.id(), spare.get(0).invitation().id());
    assertThatThrownBy(() -> selfeval.responses().open(spare.get(0).token()))
        .isInstanceOfSatisfying(InvitationUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(InvitationUnavailableException.Reason.REVOKED));
    assertThatThrownBy(() -> selfeval.responses().submit(opened, allAnswers(id -> "embedded")))
        .isInstanceOf(InvitationUnavailableException.class);
    long submitted = selfeval.rounds().invitations(torfaen, round.id()).get(0).id();
    assertThatThrownBy(() -> selfeval.rounds().revoke(torfaen, round.id(), submitted))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ALREADY_SUBMITTED));
    assertThatThrownBy(() -> selfeval.rounds().revoke(cardiff, round.id(), spare.get(1).invitation().id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(selfeval.rounds().progress(torfaen, round.id())).singleElement()
        .isEqualTo(new RoundService.GroupProgress("police", 7, 5, 5, 1));

    // Reopening a closed (and shared) round: open again, no longer shared, answers kept, usable links work again.
    selfeval.rounds().close(torfaen, round.id());
    selfeval.rounds().share(torfaen, round.id(), true);
    assertThatThrownBy(() -> selfeval.rounds().reopen(torfaen, round.id(), LocalDate.parse("2025-04-01")))
        .hasMessageStartingWith("dates:");
    Round reopened = selfeval.rounds().reopen(torfaen, round.id(), LocalDate.parse("2025-04-30"));
    assertThat(reopened.isOpen()).isTrue();
    assertThat(reopened.sharedNationally()).isFalse();
    assertThat(reopened.closedAt()).isNull();
    assertThatThrownBy(() -> selfeval.rounds().reopen(torfaen, round.id(), LocalDate.parse("2025-04-30")))
        .isInstanceOf(ConflictException.class);
    assertThat(selfeval.responses().open(spare.get(1).token()).id()).isEqualTo(spare.get(1).invitation().id());
    selfeval.rounds().close(torfaen, round.id());
    assertThat(selfeval.results().results(torfaen, round.id()).respondents()).isEqualTo(5);
    assertThat(new AuditLog(database.jdbi(), clock).recent(TORFAEN, 100)).extracting(AuditEvent::action)
        .contains(AuditAction.ROUND_CHANGED, AuditAction.INVITATIONS_REVOKED, AuditAction.ROUND_REOPENED);
    assertThatThrownBy(() -> selfeval.results().progress(torfaen, round.id(), round.id()))
        .isInstanceOf(UserError.class).hasMessageContaining("two different rounds");
  }

  @Test
  void theActionPlanFlagsOverdueActionsAndExportsThem() {
    // Today is 3 March 2025.
    PlanAction late = selfeval.actions().add(torfaen, new ActionDraft(null, "A1", "Strategy", "Director",
        LocalDate.parse("2025-03-02"), PlanAction.Status.PLANNED));
    PlanAction dueToday = selfeval.actions().add(torfaen, new ActionDraft(null, "A2", "Data", "Analyst",
        LocalDate.parse("2025-03-03"), PlanAction.Status.IN_PROGRESS));
    PlanAction dropped = selfeval.actions().add(torfaen, new ActionDraft(null, "A3", "Dropped idea", "Someone",
        LocalDate.parse("2025-01-01"), PlanAction.Status.DROPPED));
    LocalDate today = selfeval.actions().today();
    assertThat(today).isEqualTo(LocalDate.parse("2025-03-03"));
    assertThat(late.overdue(today)).isTrue();
    assertThat(dueToday.overdue(today)).isFalse();
    assertThat(dropped.overdue(today)).isFalse();
    String csv = selfeval.actions().csv(torfaen, false);
    assertThat(csv.split("\r\n")).hasSize(4);
    assertThat(csv).contains(",2025-03-02,planned,yes,").contains(",2025-03-03,in_progress,no,")
        .contains(",2025-01-01,dropped,no,");
    assertThatThrownBy(() -> selfeval.actions().csv(viewer, false)).isInstanceOf(ForbiddenException.class);
    assertThat(new AuditLog(database.jdbi(), clock).recent(TORFAEN, 10)).extracting(AuditEvent::action)
        .contains(AuditAction.EXPORTED);
  }
}
