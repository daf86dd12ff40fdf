package id.payung.service;

import id.payung.domain.CorrectionScope;
import id.payung.domain.Deletion;
import id.payung.domain.EndReason;
import id.payung.domain.Enrollment;
import id.payung.domain.EnrollmentForm;
import id.payung.domain.EnrollmentRules;
import id.payung.domain.EnrollmentSummary;
import id.payung.domain.FormProblem;
import id.payung.domain.Formats;
import id.payung.domain.Nik;
import id.payung.domain.Person;
import id.payung.domain.PersonName;
import id.payung.domain.Phones;
import id.payung.store.AuditLog;
import id.payung.store.Database;
import id.payung.store.EnrollmentRepository;
import id.payung.store.RuleViolation;
import id.payung.store.StoreException;
import id.payung.store.Tx;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Entering and correcting enrollments. Every change is one transaction with its audit row; a change
 * that breaks a rule is refused whole with {@link InvalidInputException} and writes nothing.
 */
public final class EnrollmentService {
    private final Database db;
    private final Clock clock;
    private final String actor;
    private final EnrollmentRepository repo = new EnrollmentRepository();
    private final AuditLog audit = new AuditLog();
    private final java.util.function.Supplier<Settings> settings;
    private final ChangedSince changedSince;
    /** A correction without a form's mark (code that corrects, not a clerk's form): not checked. */
    private static final ChangedSince.Mark UNCHECKED = null;

    public EnrollmentService(Database db, Clock clock, String actor, java.util.function.Supplier<Settings> settings) {
        this.db = db;
        this.clock = clock;
        this.actor = actor;
        this.settings = settings;
        this.changedSince = new ChangedSince(db, clock.getZone());
    }

    /** A saved enrollment: its id and its person's id. */
    public record Saved(long enrollmentId, long personId) {
    }

    /**
     * Enrols a person: creates the person for a new NIK, or updates the known person's details, and
     * adds the enrollment at the place the form gives. The person's earlier enrollments keep their places
     * (a move is a new enrollment, not a rewrite of the old ones); the person's current place becomes that
     * of their latest enrollment.
     *
     * @throws InvalidInputException when a rule is broken, including a period that overlaps another
     *                                    enrollment of the same NIK (the exception names it)
     */
    public Saved enrol(EnrollmentForm form) {
        requireValid(form);
        return saving(() -> db.write(tx -> {
            Optional<Person> known = repo.personByNik(tx, form.cleanNik());
            long personId;
            if (known.isPresent()) {
                personId = known.get().id();
                refuseOverlap(tx, personId, form, 0);
            } else {
                // Another regency's person (one NIK is one person province-wide): refused naming that office, before
                // the unique key refuses it without a name (trial 24b M1).
                repo.otherOfficeOfNik(tx, form.cleanNik()).ifPresent(office -> {
                    throw new InvalidInputException(List.of(otherOfficeProblem(office)), 0);
                });
                Person p = person(0, form, form.regionCode());
                personId = repo.insertPerson(tx, p);
                audit.record(tx, actor, "INSERT", "person", String.valueOf(personId), null, Json.object(personFields(p)));
            }
            Enrollment e = enrollment(0, personId, form, null);
            long id = repo.insertEnrollment(tx, e);
            if (known.isPresent()) {
                // Written after the enrollment: the current place is that of the latest enrollment.
                updatePerson(tx, actor, known.get(), form);
            }
            audit.record(tx, actor, "INSERT", "enrollment", String.valueOf(id), null, Json.object(enrollmentFields(e)));
            return new Saved(id, personId);
        }));
    }

    /**
     * Corrects an enrollment and its person's details; a corrected place applies to this enrollment only.
     *
     * @throws InvalidInputException when a rule is broken or the NIK belongs to another person
     */
    public Saved update(long enrollmentId, EnrollmentForm form) {
        return update(enrollmentId, form, CorrectionScope.THIS_ENROLLMENT);
    }

    /**
     * Corrects an enrollment and its person's details (name, NIK, birth date… are the person's, one for all
     * their enrollments). A corrected place applies to every enrollment of the person or to this one only,
     * as {@code scope} says; the audit log records which. The person's current place becomes that of their
     * latest enrollment.
     *
     * @throws InvalidInputException when a rule is broken or the NIK belongs to another person
     */
    public Saved update(long enrollmentId, EnrollmentForm form, CorrectionScope scope) {
        return correct(enrollmentId, form, scope, UNCHECKED).saved();
    }

    /** A correction saved, and the mark its form saves with next: what its check saw, and this save. */
    public record Corrected(Saved saved, ChangedSince.Mark mark) {
    }

    /**
     * {@link #update(long, EnrollmentForm, CorrectionScope)} from a form that opened the enrollment at {@code mark}
     * ({@link ChangedSince#mark}): refused, nothing written, when the person or their enrollments were changed
     * since by anyone else. The check runs in this correction's own write transaction once its rows are written:
     * a change committed at any moment before is seen, and one on the same rows still under way waits for this
     * save to commit (so it comes after it, and its own form is refused in turn).
     *
     * @throws InvalidInputException when a rule is broken, the NIK belongs to another person, or the record was
     *                               changed since {@code mark} (problem CHANGED_BY_OTHER: who, and when as
     *                               dd/MM/yyyy HH:mm)
     */
    public Corrected update(long enrollmentId, EnrollmentForm form, CorrectionScope scope, ChangedSince.Mark mark) {
        if (mark == null) {
            throw new IllegalArgumentException("a form's mark is needed (ChangedSince.Mark.NONE: nothing seen)");
        }
        return correct(enrollmentId, form, scope, mark);
    }

    private Corrected correct(long enrollmentId, EnrollmentForm form, CorrectionScope scope, ChangedSince.Mark mark) {
        requireValid(form, false, false);
        return saving(() -> db.write(tx -> {
            if (scope == CorrectionScope.ALL_ENROLLMENTS) {
                // Every enrollment of the person is written: all of them locked first, by id, so a second clerk's
                // correction of the same person waits here rather than holding another of them (a deadlock).
                repo.lockEnrollmentsOf(tx, repo.enrollment(tx, enrollmentId).orElseThrow(() -> missing(enrollmentId))
                        .personId());
            }
            Enrollment before = repo.enrollmentForUpdate(tx, enrollmentId).orElseThrow(() -> missing(enrollmentId));
            refuseRemoved(tx, enrollmentId); // read after the row's lock: a deletion committed meanwhile is seen
            // Only a period typed anew is held to the longest one entry may be: a saved one is a fact. The form asks
            // the same rule against the period it loaded.
            EnrollmentRules.periodProblem(form.firstMonth(), form.lastMonth(), before.firstMonth(), before.lastMonth(),
                    LocalDate.now(clock)).filter(FormProblem::error).ifPresent(p -> {
                        throw new InvalidInputException(List.of(p), 0);
                    });
            if (!before.funderCode().equals(form.funderCode())) {
                // Only a new funder is held to the region rule: an old row under another region's budget (a file
                // moved from another regency) can still have a name or phone corrected without changing who paid.
                otherRegionsBudget(tx, form).ifPresent(p -> {
                    throw new InvalidInputException(List.of(p), 0);
                });
            }
            Person person = repo.person(tx, before.personId()).orElseThrow();
            Optional<Person> owner = repo.personByNik(tx, form.cleanNik());
            if (owner.isPresent() && owner.get().id() != person.id()) {
                throw new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.NIK, "NIK_OTHER_PERSON",
                        owner.get().fullName())), 0);
            }
            refuseOverlap(tx, person.id(), form, enrollmentId);
            Enrollment after = enrollment(enrollmentId, person.id(), form, before.endReason());
            // A form that changed only the person (a name, a phone) leaves the enrollment as it was: no write and no
            // "Kepesertaan diubah" entry, whose before and after would be the same (trial 16 M3).
            boolean enrollmentChanged = !enrollmentFields(before).equals(enrollmentFields(after));
            if (enrollmentChanged && !repo.updateEnrollment(tx, after)) {
                throw removed(tx, enrollmentId); // the store writes no deleted row
            }
            List<Enrollment> others = List.of();
            if (scope == CorrectionScope.ALL_ENROLLMENTS) {
                others = repo.enrollmentsOf(tx, person.id()).stream().filter(o -> o.id() != enrollmentId
                        && !java.util.Objects.equals(o.regionCode(), form.regionCode())).toList();
                repo.setRegionOfAll(tx, person.id(), form.regionCode());
            }
            Set<Long> own = new HashSet<>();
            // The person (audited first), with the place of their latest enrollment now as their current one.
            // The person's details are one for all their enrollments: their entry carries no enrollment's scope.
            own.add(updatePerson(tx, actor, person, form));
            if (enrollmentChanged) {
                Map<String, Object> afterFields = enrollmentFields(after);
                afterFields.put("correction", scope.name());
                own.add(audit.record(tx, actor, "UPDATE", "enrollment", String.valueOf(enrollmentId),
                        Json.object(enrollmentFields(before)), Json.object(afterFields)));
            }
            for (Enrollment other : others) {
                Map<String, Object> was = new LinkedHashMap<>();
                was.put("region", other.regionCode());
                Map<String, Object> now = new LinkedHashMap<>();
                now.put("region", form.regionCode());
                now.put("correction", scope.name());
                now.put("corrected_with", enrollmentId);
                own.add(audit.record(tx, actor, "UPDATE", "enrollment", String.valueOf(other.id()), Json.object(was),
                        Json.object(now)));
            }
            ChangedSince.Mark next = null;
            if (mark != UNCHECKED) {
                // After this save's rows are written (theirs locked): nothing another clerk commits now can be
                // overwritten unseen. Refused, the whole transaction rolls back.
                next = changedSince.requireUnchanged(tx, person.id(), mark, own);
            }
            return new Corrected(new Saved(enrollmentId, person.id()), next);
        }));
    }

    /** How many other enrollments (deleted ones too) the person of this enrollment has. */
    public int otherEnrollments(long enrollmentId) {
        return db.read(tx -> {
            Enrollment e = repo.enrollment(tx, enrollmentId).orElseThrow(() -> missing(enrollmentId));
            return (int) repo.enrollmentsOf(tx, e.personId()).stream().filter(x -> x.id() != enrollmentId).count();
        });
    }

    /**
     * Ends an enrollment: its last covered month becomes {@code lastMonth} and the reason is kept.
     *
     * @throws InvalidInputException when the last month is before the first
     */
    public void end(long enrollmentId, YearMonth lastMonth, EndReason reason) {
        saving(() -> db.write(tx -> {
            Enrollment before = repo.enrollmentForUpdate(tx, enrollmentId).orElseThrow(() -> missing(enrollmentId));
            refuseRemoved(tx, enrollmentId);
            if (lastMonth == null || lastMonth.isBefore(before.firstMonth())) {
                throw new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.LAST_MONTH,
                        "LAST_BEFORE_FIRST")), 0);
            }
            if (reason == null) {
                throw new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.END_REASON, "REQUIRED")), 0);
            }
            Enrollment after = new Enrollment(before.id(), before.personId(), before.funderCode(), before.segment(),
                    before.programmes(), before.declaredIncomeRp(), before.firstMonth(), lastMonth, reason.name(),
                    before.notes(), before.regionCode());
            if (!repo.updateEnrollment(tx, after)) {
                throw removed(tx, enrollmentId);
            }
            audit.record(tx, actor, "END", "enrollment", String.valueOf(enrollmentId),
                    Json.object(enrollmentFields(before)), Json.object(enrollmentFields(after)));
            return null;
        }));
    }

    /**
     * Marks an enrollment deleted (it leaves the register and the counts) for the clerk's reason; {@link #restore}
     * undoes it. The audit entry, written in the same transaction, keeps the reason and the enrollment's funder and
     * period as they were when it was deleted (a later correction must not rewrite what the entry says).
     *
     * @throws InvalidInputException when there is no reason, or "other" without words ({@link Deletion#problems});
     *                               nothing is written
     */
    public void delete(long enrollmentId, Deletion reason) {
        List<FormProblem> problems = reason == null
                ? List.of(FormProblem.error(FormProblem.Field.DELETE_REASON, "REQUIRED")) : reason.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, 0);
        }
        setDeleted(enrollmentId, reason);
    }

    /**
     * Undoes {@link #delete}; its audit entry says it undid a deletion.
     *
     * @throws InvalidInputException when it would now overlap another
     */
    public void restore(long enrollmentId) {
        setDeleted(enrollmentId, null);
    }

    /** Deletes for {@code reason}, or restores when it is null. */
    private void setDeleted(long enrollmentId, Deletion reason) {
        boolean deleted = reason != null;
        saving(() -> db.write(tx -> {
            Enrollment e = repo.enrollmentForUpdate(tx, enrollmentId).orElseThrow(() -> missing(enrollmentId));
            if (repo.isDeleted(tx, enrollmentId) == deleted) {
                return null;
            }
            if (!deleted) {
                List<EnrollmentSummary> clash = repo.overlapping(tx, e.personId(), e.firstMonth(), e.lastMonth(), enrollmentId);
                if (!clash.isEmpty()) {
                    throw overlap(clash.get(0));
                }
            }
            repo.setDeleted(tx, enrollmentId, deleted);
            Map<String, Object> before = deletionFields(e, !deleted);
            Map<String, Object> after = deletionFields(e, deleted);
            if (deleted) {
                after.put("delete_reason", reason.reason().name());
                // Masked as written: the audit log holds no full NIK (its export says so), and "data ganda dengan 5310…" is
                // just what a clerk writes here.
                after.put("delete_note", Masked.niks(reason.text()));
            }
            audit.record(tx, actor, deleted ? "DELETE" : "RESTORE", "enrollment", String.valueOf(enrollmentId),
                    Json.object(before), Json.object(after));
            return null;
        }));
    }

    /** A deletion's or restore's side of its audit entry: the flag, and the enrollment it touched as it was then. */
    private static Map<String, Object> deletionFields(Enrollment e, boolean deleted) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deleted", deleted);
        m.put("funder", e.funderCode());
        m.put("first_month", String.valueOf(e.firstMonth()));
        m.put("last_month", e.lastMonth() == null ? null : e.lastMonth().toString());
        return m;
    }

    /**
     * Runs a save (one write transaction). On a server two clerks can pass this service's checks at the same
     * moment; the database's constraints (unique NIK, no overlapping periods) then refuse the second save
     * ({@link RuleViolation}), which is run once more: it now sees the first, and is refused or goes on exactly as
     * it would have coming second (the usual overlap message, the person known). Refused again, the other
     * record is one this login may not see (another regency's): that is said in a sentence of its own. A save the
     * server broke off for another clerk's (a deadlock: two saves moving the same summary rows in crossing order,
     * review of 06/12/2026) wrote nothing and is run once more too.
     */
    private <T> T saving(java.util.function.Supplier<T> save) {
        try {
            return ruled(save);
        } catch (StoreException e) {
            if (e instanceof RuleViolation || !e.isConflict()) {
                throw e;
            }
            return ruled(save);
        }
    }

    private <T> T ruled(java.util.function.Supplier<T> save) {
        try {
            return save.get();
        } catch (RuleViolation first) {
            try {
                return save.get();
            } catch (RuleViolation again) {
                throw switch (again.rule()) {
                    case NIK_TAKEN -> new InvalidInputException(List.of(FormProblem.error(FormProblem.Field.NIK,
                            "NIK_OTHER_OFFICE")), 0);
                    case PERIODS_OVERLAP -> new InvalidInputException(List.of(FormProblem.error(
                            FormProblem.Field.FIRST_MONTH, "OVERLAP_OTHER_OFFICE")), 0);
                    case PERSON_OTHER_OFFICE -> new InvalidInputException(List.of(FormProblem.error(
                            FormProblem.Field.NAME, "PERSON_OTHER_OFFICE")), 0);
                    case FUNDER_CODE_TAKEN -> again; // a funding source's, never an enrollment save's
                };
            }
        }
    }

    /**
     * On a server, the name of the regency whose office registered this NIK ("Kabupaten Manggarai") when it is another
     * regency's: this office cannot enrol that person, for no period (the person is that office's; docs/SERVER.md says
     * how such a move is settled). The form says so as the NIK is typed, and refuses to save it without asking first
     * (trial 24b M1). Empty on a file, for a NIK nobody registered and for this regency's own.
     */
    public Optional<String> otherOfficeOf(String nik) {
        String clean = Nik.strip(nik);
        return db.read(tx -> repo.otherOfficeOfNik(tx, clean));
    }

    /** "NIK ini sudah terdaftar oleh kantor Kabupaten Manggarai …": the refusal of another office's NIK, named. */
    public static FormProblem otherOfficeProblem(String office) {
        return FormProblem.error(FormProblem.Field.NIK, "NIK_OTHER_OFFICE_NAMED", office);
    }

    /** The full NIK of an enrollment's person; the look is written to the audit log. */
    public String revealNik(long enrollmentId) {
        return db.write(tx -> {
            EnrollmentSummary s = repo.summary(tx, enrollmentId).orElseThrow(() -> missing(enrollmentId));
            audit.record(tx, actor, "REVEAL_NIK", "person", String.valueOf(s.personId()), null,
                    Json.object(Map.of("nik", Nik.mask(s.nik()), "enrollment", enrollmentId)));
            return s.nik();
        });
    }

    /**
     * The full NIK of a registered person an import proposes for a cell Excel destroyed, for the clerk to compare with
     * the KTP on paper: the look is written to the audit log as the register's "Tampilkan NIK" writes it
     * ({@code REVEAL_NIK} on the person, the NIK masked, {@code "for": "import"}). The NIK is the register's, as read in
     * the same transaction; a NIK no one registered is refused (nothing to reveal, nothing recorded).
     */
    public String revealRegisteredNik(String nik) {
        String clean = Nik.strip(nik);
        return db.write(tx -> {
            Person p = repo.registeredByNik(tx, clean).orElseThrow(() ->
                    new StoreException("no person registered with NIK " + Nik.mask(clean)));
            audit.record(tx, actor, "REVEAL_NIK", "person", String.valueOf(p.id()), null,
                    Json.object(Map.of("nik", Nik.mask(p.nik()), "for", "import")));
            return p.nik();
        });
    }

    /**
     * The form of an existing enrollment for the edit form on screen: the NIK is in full (editing needs it),
     * so opening it is written to the audit log as a look at the NIK ({@code REVEAL_NIK}, {@code "for":
     * "edit"}), in the same transaction. A read-only database cannot record that look and cannot save an
     * edit either: there the form comes with the NIK masked.
     */
    public EnrollmentForm openForEditing(long enrollmentId) {
        if (db.isReadOnly()) {
            EnrollmentForm f = form(enrollmentId);
            return f.withNik(Nik.mask(f.nik()));
        }
        return db.write(tx -> {
            EnrollmentForm f = formIn(tx, enrollmentId);
            long personId = repo.enrollment(tx, enrollmentId).orElseThrow().personId();
            audit.record(tx, actor, "REVEAL_NIK", "person", String.valueOf(personId), null,
                    Json.object(Map.of("nik", Nik.mask(f.nik()), "enrollment", enrollmentId, "for", "edit")));
            return f;
        });
    }

    /**
     * The form of an existing enrollment (NIK in full), for code that works with it; the screen opens
     * enrollments through {@link #openForEditing}, which audits the look at the NIK.
     */
    public EnrollmentForm form(long enrollmentId) {
        return db.read(tx -> formIn(tx, enrollmentId));
    }

    private EnrollmentForm formIn(Tx tx, long enrollmentId) {
        Enrollment e = repo.enrollment(tx, enrollmentId).orElseThrow(() -> missing(enrollmentId));
        Person p = repo.person(tx, e.personId()).orElseThrow();
        // The place this enrollment was made at (an edit corrects it), not the person's current one.
        String place = e.regionCode() != null ? e.regionCode() : p.regionCode();
        return new EnrollmentForm(p.nik(), p.fullName(), p.sex(), p.birthPlace(), p.birthDate(), p.address(),
                place, p.occupationCode(), p.phone(), p.kpj(), e.funderCode(), e.segment(), e.programmes(),
                e.declaredIncomeRp(), e.firstMonth(), e.lastMonth(), e.notes());
    }

    /**
     * The person already registered with this NIK, if any (to fill the form in); none when only undone imports
     * brought them: the undone list's data does not come back (trial 18 H30), and saving the form writes its own.
     */
    public Optional<Person> personByNik(String nik) {
        String clean = Nik.strip(nik);
        return db.read(tx -> repo.registeredByNik(tx, clean));
    }

    /**
     * A person's enrollments, deleted ones included, oldest first: the form says at once when a recognised NIK is
     * enrolled in the months it holds (trial 20c M1), before the save the service refuses.
     */
    public List<EnrollmentSummary> enrollmentsOf(long personId) {
        return db.read(tx -> repo.ofPerson(tx, personId));
    }

    /**
     * A registered person who is likely the one typed under another NIK ({@link #likelySamePeople}): their id, masked
     * NIK and name, and their latest enrollment that is not deleted (null when none).
     */
    public record LikelySame(long personId, String maskedNik, String fullName, EnrollmentSummary latest) {
    }

    /**
     * The registered people with the same name and birth date as typed under a NIK other than {@code nik}
     * ({@link id.payung.domain.LikelySamePerson}, the rule the import applies to NIKs Excel destroyed): likely the same
     * person with a digit of the NIK mistyped (trial 20c H1). Looked up where a mistyped NIK is found cheaply: the
     * NIKs that differ in the serial only, and the name but for case ({@link EnrollmentRepository#bornOnUnderOtherNik}).
     * Two real people may share name and birth date: the form warns and asks, it never refuses. Empty for a NIK that is
     * not 16 digits, a blank name or no birth date.
     */
    public List<LikelySame> likelySamePeople(String nik, String fullName, LocalDate birthDate) {
        String clean = Nik.strip(nik);
        if (clean == null || clean.length() != Nik.LENGTH || birthDate == null
                || id.payung.domain.PersonName.key(fullName).isEmpty()) {
            return List.of();
        }
        return db.read(tx -> repo.bornOnUnderOtherNik(tx, clean, fullName, birthDate).stream()
                .filter(p -> id.payung.domain.LikelySamePerson.of(fullName, birthDate, p.fullName(), p.birthDate()))
                .map(p -> new LikelySame(p.id(), Nik.mask(p.nik()), p.fullName(), repo.ofPerson(tx, p.id()).stream()
                        .filter(e -> !e.deleted()).reduce((a, b) -> b).orElse(null)))
                .toList());
    }

    /**
     * A person's enrollments over the years (deleted ones included) and the audit trail of them: their record, their
     * enrollments, their benefit claims, and each list that brought them in with the cells corrected in their row.
     */
    public PersonHistory history(long personId) {
        return db.read(tx -> {
            Person p = repo.person(tx, personId).orElseThrow(() -> new StoreException("no person " + personId));
            List<EnrollmentSummary> enrollments = repo.ofPerson(tx, personId);
            // As an auditor's search by this person finds it: the lists that brought them and their claims too.
            // Jejak audit's entries of them and its marks of what a restore undid (trial 22c #3: the screens disagreed).
            List<AuditLog.Entry> trail = AuditService.aboutPerson(tx, personId);
            java.util.Map<Long, java.time.Instant> undone = new java.util.HashMap<>(AuditService.undoneByRestore(tx));
            java.util.Set<Long> ids = new java.util.HashSet<>();
            trail.forEach(e -> ids.add(e.id()));
            undone.keySet().retainAll(ids);
            return new PersonHistory(p, enrollments, trail.stream().map(e -> PersonHistory.Change.of(e, personId)).toList(),
                    undone);
        });
    }

    private void requireValid(EnrollmentForm form) {
        requireValid(form, true, true);
    }

    /**
     * Refuses a form that breaks a rule. {@code checkFunder} false leaves the funder's region to the caller: a
     * correction is refused another region's budget only when it changes the funder (see {@link #correct}); {@code
     * checkPeriodLength} false leaves the period's length to the caller likewise (a correction keeping a saved period).
     */
    private void requireValid(EnrollmentForm form, boolean checkFunder, boolean checkPeriodLength) {
        List<FormProblem> errors = new java.util.ArrayList<>(EnrollmentRules.check(form, settings.get().regionPrefix(),
                RegionList.codes(), LocalDate.now(clock)).stream().filter(FormProblem::error)
                .filter(p -> checkPeriodLength || !p.code().equals(EnrollmentRules.PERIOD_TOO_LONG)).toList());
        if (checkFunder) {
            db.read(tx -> otherRegionsBudget(tx, form)).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors, 0);
        }
    }

    /**
     * The form's funder when it is another region's budget (the shared rule, ReferenceService.otherRegionsBudget):
     * the form offers none, but a caller may name one.
     */
    private Optional<FormProblem> otherRegionsBudget(Tx tx, EnrollmentForm form) {
        return ReferenceService.otherRegionsBudget(tx, form.funderCode(), settings.get().regencyCode());
    }

    private void refuseOverlap(Tx tx, long personId, EnrollmentForm form, long exceptId) {
        List<EnrollmentSummary> clash = repo.overlapping(tx, personId, form.firstMonth(), form.lastMonth(), exceptId);
        if (!clash.isEmpty()) {
            throw overlap(clash.get(0));
        }
    }

    private static InvalidInputException overlap(EnrollmentSummary existing) {
        return new InvalidInputException(List.of(overlapProblem(existing)), existing.id());
    }

    /**
     * The refusal of a period that shares a month with {@code existing}, the person's enrollment: the service's on
     * saving, and the form's before it asks anything about a save that would be refused (trial 20c M1).
     */
    public static FormProblem overlapProblem(EnrollmentSummary existing) {
        return FormProblem.error(FormProblem.Field.FIRST_MONTH, "OVERLAP", existing.funderName(),
                Formats.month(existing.firstMonth()),
                existing.lastMonth() == null ? "…" : Formats.month(existing.lastMonth()));
    }

    /**
     * Writes a known person's details from the form, with the place of their latest enrollment (the form's when they
     * have none left) as their current place, and audits what changed; returns the audit row's id (0: nothing
     * changed, no entry). The one way a person's details change: the form's save and correction, and an import's
     * row for a person whom only undone imports brought (ImportService).
     */
    public static long updatePerson(Tx tx, String actor, Person before, EnrollmentForm form) {
        return updatePerson(tx, actor, before, form, null);
    }

    /**
     * As {@link #updatePerson(Tx, String, Person, EnrollmentForm)}, by import {@code batch} (null: not an import): the
     * entry names it, so undoing the import gives back what it replaced (the one trail of a person's data).
     */
    public static long updatePerson(Tx tx, String actor, Person before, EnrollmentForm form, Long batch) {
        EnrollmentRepository repo = new EnrollmentRepository();
        Person after = person(before.id(), form, repo.latestPlace(tx, before.id()).orElse(form.regionCode()));
        Map<String, Object> b = personFields(before);
        Map<String, Object> a = personFields(after);
        if (!b.equals(a)) {
            repo.updatePerson(tx, after);
            if (batch != null) {
                a.put("batch", batch);
            }
            return new AuditLog().record(tx, actor, "UPDATE", "person", String.valueOf(before.id()), Json.object(b),
                    Json.object(a));
        }
        return 0;
    }

    private static Person person(long id, EnrollmentForm f, String place) {
        // Zero-width characters out (the rules warned of it: EnrollmentRules.invisibleInName; trial 23b M4).
        return new Person(id, f.cleanNik(), PersonName.withoutInvisible(f.fullName()).strip(), f.sex(),
                trim(f.birthPlace()), f.birthDate(), trim(f.address()), place, f.occupationCode(), phone(f.phone()),
                trim(f.kpj()));
    }

    /**
     * The form as a save stores it: the NIK without separators, the name without invisible characters, blank texts as
     * none, the phone as {@code 08…}. A form compares what was stored, what another clerk stored since and what is
     * typed now field by field in these terms (changed by another clerk: which fields did they change?).
     */
    public static EnrollmentForm asStored(EnrollmentForm f) {
        Person p = person(0, f, f.regionCode());
        Enrollment e = enrollment(0, 0, f, null);
        return new EnrollmentForm(p.nik(), p.fullName(), p.sex(), p.birthPlace(), p.birthDate(), p.address(),
                f.regionCode(), p.occupationCode(), p.phone(), p.kpj(), e.funderCode(), e.segment(), e.programmes(),
                e.declaredIncomeRp(), e.firstMonth(), e.lastMonth(), e.notes());
    }

    /** The phone as {@code 08…} (the rules refused one that cannot be read), whatever way it was typed. */
    private static String phone(String typed) {
        return Phones.normalise(typed).orElse(trim(typed));
    }

    private static Enrollment enrollment(long id, long personId, EnrollmentForm f, String endReason) {
        return new Enrollment(id, personId, f.funderCode(), f.segment(), f.programmes(), f.declaredIncomeRp(),
                f.firstMonth(), f.lastMonth(), endReason, trim(f.notes()), f.regionCode());
    }

    /** Person fields for the audit log; the NIK is masked there too (UU 27/2022). Also an import's (renewed people). */
    public static Map<String, Object> personFields(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nik", Nik.mask(p.nik()));
        m.put("full_name", p.fullName());
        m.put("sex", p.sex().name());
        m.put("birth_place", p.birthPlace());
        m.put("birth_date", String.valueOf(p.birthDate()));
        m.put("address", p.address());
        m.put("region", p.regionCode());
        m.put("occupation", p.occupationCode());
        m.put("phone", p.phone());
        m.put("kpj", p.kpj());
        return m;
    }

    private static Map<String, Object> enrollmentFields(Enrollment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person_id", e.personId());
        m.put("funder", e.funderCode());
        m.put("segment", e.segment().name());
        m.put("programmes", e.programmes().stream().map(Enum::name).sorted().toList().toString());
        m.put("declared_income_rp", e.declaredIncomeRp());
        m.put("first_month", String.valueOf(e.firstMonth()));
        m.put("last_month", e.lastMonth() == null ? null : e.lastMonth().toString());
        m.put("end_reason", e.endReason());
        m.put("notes", e.notes());
        m.put("region", e.regionCode());
        return m;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Refuses a change of an enrollment marked deleted (trial 07/12/2026 #1: a form open while another clerk undid
     * the import that brought it, or deleted it, saved "Tersimpan" into the deleted row and the person left the list).
     */
    private void refuseRemoved(Tx tx, long enrollmentId) {
        if (repo.isDeleted(tx, enrollmentId)) {
            throw removed(tx, enrollmentId);
        }
    }

    /**
     * The refusal of a change of a deleted enrollment, a problem of the whole form (no field's): who deleted it and
     * when (dd/MM/yyyy HH:mm, as CHANGED_BY_OTHER), and the file when it was an import undone; nothing was written.
     */
    private InvalidInputException removed(Tx tx, long enrollmentId) {
        java.time.format.DateTimeFormatter shown = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        FormProblem p = repo.removal(tx, enrollmentId).map(r -> r.undoneImport() != null
                ? FormProblem.error(FormProblem.Field.FORM, "DELETED_IMPORT_UNDONE", r.actor(),
                        shown.format(r.at().atZone(clock.getZone())), r.undoneImport())
                : FormProblem.error(FormProblem.Field.FORM, "DELETED_BY_OTHER", r.actor(),
                        shown.format(r.at().atZone(clock.getZone()))))
                .orElseGet(() -> FormProblem.error(FormProblem.Field.FORM, "DELETED_MEANWHILE"));
        return new InvalidInputException(List.of(p), 0);
    }

    private static StoreException missing(long enrollmentId) {
        return new StoreException("enrollment " + enrollmentId + " does not exist");
    }
}
