package org.openets.rulebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openets.core.ApplyContext;
import org.openets.core.BinaryReader;
import org.openets.core.BinaryWriter;
import org.openets.core.BoundedContext;
import org.openets.core.Catalog;
import org.openets.core.Command;
import org.openets.core.MalformedDataException;
import org.openets.core.RecordCodec;
import org.openets.core.RejectCode;
import org.openets.core.Rejection;
import org.openets.core.StateHasher;

/**
 * The rulebook context: the registered jurisdictions, versioned, effective-dated rule parameters ({@link Rule}),
 * the registry working-day calendar and the registered actors with their roles. Genesis is rulebook version 1:
 * the jurisdictions {@code SC}, {@code CQ} and the unified-market authority {@code CY}, every rule parameter at
 * its genesis value and the built-in actor {@value #SYSTEM_ACTOR} as {@link Role#OPERATOR}. Each amendment,
 * each calendar change and each new jurisdiction takes the next global version, which every rejection carries.
 */
public final class Rulebook implements BoundedContext {

    public static final String SYSTEM_ACTOR = "system";
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final long CST_OFFSET_MILLIS = 8 * 3_600_000L;
    private static final List<Jurisdiction> GENESIS_JURISDICTIONS = List.of(
            new Jurisdiction("SC", "Sichuan (Chengdu)", false),
            new Jurisdiction("CQ", "Chongqing", false),
            new Jurisdiction("CY", "Chengdu-Chongqing unified market", true));

    private final RuleParameters parameters = new RuleParameters();
    private final WorkingCalendar calendar = new WorkingCalendar();
    private final Map<String, Actor> actors = new HashMap<>();
    private final TreeMap<String, Jurisdiction> jurisdictions = new TreeMap<>();
    private Jurisdiction unifiedAuthority;
    private long version;

    public Rulebook() {
        genesis();
    }

    private void genesis() {
        version = 1;
        parameters.reset();
        jurisdictions.clear();
        unifiedAuthority = null;
        for (Jurisdiction jurisdiction : GENESIS_JURISDICTIONS) {
            addJurisdiction(jurisdiction);
        }
        calendar.clear();
        actors.clear();
        actors.put(SYSTEM_ACTOR, new Actor(SYSTEM_ACTOR, Role.OPERATOR, unifiedAuthority));
    }

    private void addJurisdiction(Jurisdiction jurisdiction) {
        jurisdictions.put(jurisdiction.code(), jurisdiction);
        if (jurisdiction.unifiedAuthority()) {
            unifiedAuthority = jurisdiction;
        }
        parameters.addJurisdiction(jurisdiction.code(), version);
    }

    /** The CST date of a timestamp, as an epoch day. */
    public static long epochDay(long epochMillis) {
        // Split before adding the offset, so that Long.MAX_VALUE ("the latest value") cannot overflow.
        long rest = Math.floorMod(epochMillis, MILLIS_PER_DAY) + CST_OFFSET_MILLIS;
        return Math.floorDiv(epochMillis, MILLIS_PER_DAY) + Math.floorDiv(rest, MILLIS_PER_DAY);
    }

    /** Minutes after CST midnight of a timestamp. */
    public static int minuteOfDay(long epochMillis) {
        return (int) (Math.floorMod(epochMillis + CST_OFFSET_MILLIS, MILLIS_PER_DAY) / 60_000L);
    }

    /** The timestamp of {@code minute} after CST midnight of {@code epochDay}. */
    public static long epochMillisAt(long epochDay, int minute) {
        return epochDay * MILLIS_PER_DAY - CST_OFFSET_MILLIS + minute * 60_000L;
    }

    public long version() {
        return version;
    }

    /** The value of the market-wide {@code rule} in force on the CST date of {@code epochMillis}. */
    public long valueAt(Rule rule, long epochMillis) {
        return parameters.history(rule).valueOn(epochDay(epochMillis));
    }

    /** The value of per-jurisdiction {@code rule} for a registered {@code jurisdiction} on that CST date. */
    public long valueAt(Rule rule, String jurisdiction, long epochMillis) {
        return parameters.history(rule, jurisdiction).valueOn(epochDay(epochMillis));
    }

    /** The value of {@code parameter} in force on the CST date of {@code epochMillis}. */
    public long valueAt(RuleParameter parameter, long epochMillis) {
        return parameters.history(parameter).valueOn(epochDay(epochMillis));
    }

    /** As {@link #valueAt(Rule, long)} by parameter id; throws for an unknown id. */
    public long valueAt(String ruleId, long epochMillis) {
        RuleParameter parameter = parameters.parameter(ruleId);
        if (parameter == null) {
            throw new IllegalArgumentException("no rule " + ruleId);
        }
        return valueAt(parameter, epochMillis);
    }

    /** The rule parameter with this id ({@code REG-TRANSFER-LIMIT-SC}), or null. */
    public RuleParameter parameter(String ruleId) {
        return parameters.parameter(ruleId);
    }

    /** Every rule parameter, sorted by id: the market-wide rules and each jurisdiction's own. */
    public List<RuleParameter> parameters() {
        return parameters.all();
    }

    /** Every version of the market-wide {@code rule} in (effective date, version) order. */
    public List<RuleVersion> versions(Rule rule) {
        return parameters.history(rule).versions();
    }

    /** Every version of {@code parameter} in (effective date, version) order. */
    public List<RuleVersion> versions(RuleParameter parameter) {
        return parameters.history(parameter).versions();
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The registered jurisdiction with this code, or null. */
    public Jurisdiction jurisdiction(String code) {
        return code == null ? null : jurisdictions.get(code);
    }

    /** Every registered jurisdiction, sorted by code. */
    public List<Jurisdiction> jurisdictions() {
        return List.copyOf(jurisdictions.values());
    }

    /** The unified-market authority, whose regulators act for every jurisdiction. */
    public Jurisdiction unifiedAuthority() {
        return unifiedAuthority;
    }

    /**
     * The check every context applies to a jurisdiction code it is given: null when {@code code} names a
     * registered jurisdiction, otherwise a rejection naming {@code field} and
     * {@link RulebookRejects#JURISDICTION_KNOWN} (or the field format, when it is not a code at all).
     */
    public Rejection knownJurisdiction(String code, String field) {
        if (code != null && jurisdictions.containsKey(code)) {
            return null;
        }
        if (!Jurisdiction.isCode(code)) {
            return Rejection.of(RejectCode.INVALID_FIELD, field, RulebookRejects.FIELD_FORMAT,
                    "a jurisdiction code is two upper-case letters");
        }
        return Rejection.of(RulebookRejects.UNKNOWN_JURISDICTION, field, RulebookRejects.JURISDICTION_KNOWN,
                "no jurisdiction " + code + " is registered");
    }

    /** The registered actor, or null. */
    public Actor actor(String actorId) {
        return actors.get(actorId);
    }

    /** Every actor, sorted by id. */
    public List<Actor> actors() {
        List<Actor> list = new ArrayList<>(actors.values());
        list.sort(Comparator.comparing(Actor::actorId));
        return Collections.unmodifiableList(list);
    }

    @Override
    public String name() {
        return "rulebook";
    }

    @Override
    public void register(Catalog.Builder catalog) {
        catalog.add(100, AmendRule.class)
                .add(101, SetCalendarDay.class)
                .add(102, RegisterActor.class)
                .add(103, RegisterJurisdiction.class)
                .add(150, RuleAmended.class)
                .add(151, CalendarDaySet.class)
                .add(152, ActorRegistered.class)
                .add(153, JurisdictionRegistered.class);
    }

    @Override
    public boolean handles(Class<? extends Command> type) {
        return type == AmendRule.class || type == SetCalendarDay.class || type == RegisterActor.class
                || type == RegisterJurisdiction.class;
    }

    @Override
    public Rejection apply(Command command, ApplyContext context) {
        Rejection rejection;
        if (command instanceof AmendRule amend) {
            rejection = amend(amend, context);
        } else if (command instanceof SetCalendarDay day) {
            rejection = setCalendarDay(day, context);
        } else if (command instanceof RegisterActor register) {
            rejection = register(register, context);
        } else if (command instanceof RegisterJurisdiction register) {
            rejection = register(register, context);
        } else {
            throw new IllegalArgumentException("not a rulebook command: " + command.getClass().getName());
        }
        return rejection == null ? null : rejection.withRulebookVersion(version);
    }

    private Rejection amend(AmendRule c, ApplyContext context) {
        RuleParameter parameter = parameters.parameter(c.ruleId());
        if (parameter == null) {
            return Rejection.of(RulebookRejects.UNKNOWN_RULE, "ruleId", RulebookRejects.RULE_KNOWN, "no such rule");
        }
        Rule rule = parameter.rule();
        Actor actor = actors.get(context.actorId());
        boolean allowed = actor != null && (actor.isUnifiedAuthority()
                || parameter.scope() != null && actor.isRegulatorOf(parameter.scope()));
        if (!allowed) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", RulebookRejects.AMEND_AUTHORITY,
                    "only the unified-market authority, or the regulator a rule is scoped to, amends it");
        }
        if (!rule.kind().accepts(c.value())) {
            return Rejection.of(RulebookRejects.VALUE_OUT_OF_RANGE, "value", RulebookRejects.VALUE_RANGE,
                    "a " + rule.kind() + " value must be in " + rule.kind().min() + ".." + rule.kind().max());
        }
        if (c.effectiveFrom() == null) {
            return Rejection.of(RejectCode.INVALID_FIELD, "effectiveFrom", RulebookRejects.FIELD_FORMAT,
                    "an effective date is required");
        }
        if (c.effectiveFrom().toEpochDay() < epochDay(context.timestampMillis())) {
            return Rejection.of(RulebookRejects.RETROACTIVE, "effectiveFrom",
                    RulebookRejects.NO_RETROACTIVE_AMENDMENT, "an amendment cannot take effect before today");
        }
        if (!Fields.isText(c.document())) {
            return Rejection.of(RejectCode.INVALID_FIELD, "document", RulebookRejects.FIELD_FORMAT,
                    "the legal basis names a document");
        }
        if (!Fields.isText(c.article())) {
            return Rejection.of(RejectCode.INVALID_FIELD, "article", RulebookRejects.FIELD_FORMAT,
                    "the legal basis names an article");
        }
        version++;
        parameters.history(parameter).add(new RuleVersion(version, c.value(), c.effectiveFrom(), c.document(),
                c.article()));
        context.emit(new RuleAmended(c.ruleId(), version, c.value(), c.effectiveFrom(), c.document(), c.article(),
                context.actorId()));
        return null;
    }

    private Rejection setCalendarDay(SetCalendarDay c, ApplyContext context) {
        Actor actor = actors.get(context.actorId());
        if (actor == null || !actor.isUnifiedAuthority()) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", RulebookRejects.CALENDAR_AUTHORITY,
                    "only the unified-market authority sets the registry calendar");
        }
        if (c.date() == null) {
            return Rejection.of(RejectCode.INVALID_FIELD, "date", RulebookRejects.FIELD_FORMAT, "a date is required");
        }
        if (c.date().toEpochDay() < epochDay(context.timestampMillis())) {
            return Rejection.of(RulebookRejects.RETROACTIVE, "date", RulebookRejects.NO_RETROACTIVE_AMENDMENT,
                    "a past day cannot be changed");
        }
        if (!Fields.isText(c.reason())) {
            return Rejection.of(RejectCode.INVALID_FIELD, "reason", RulebookRejects.FIELD_FORMAT,
                    "a reason is required");
        }
        version++;
        CalendarDaySet event = new CalendarDaySet(c.date(), c.working(), c.reason(), context.actorId());
        calendar.set(event);
        context.emit(event);
        return null;
    }

    private Rejection register(RegisterActor c, ApplyContext context) {
        if (!Fields.isId(c.actorId())) {
            return Rejection.of(RejectCode.INVALID_FIELD, "actorId", RulebookRejects.FIELD_FORMAT,
                    "an actor id is 1-64 letters, digits or . _ : -");
        }
        if (c.role() == null) {
            return Rejection.of(RejectCode.INVALID_FIELD, "role", RulebookRejects.FIELD_FORMAT, "a role is required");
        }
        Rejection unknown = knownJurisdiction(c.jurisdiction(), "jurisdiction");
        if (unknown != null) {
            return unknown;
        }
        Actor registrar = actors.get(context.actorId());
        if (registrar == null || !registrar.administers(c.jurisdiction())) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", RulebookRejects.ACTOR_AUTHORITY,
                    "only the operator or a regulator of the jurisdiction registers actors");
        }
        if (actors.containsKey(c.actorId())) {
            return Rejection.of(RulebookRejects.ACTOR_EXISTS, "actorId", RulebookRejects.ACTOR_UNIQUE,
                    "actor already registered");
        }
        actors.put(c.actorId(), new Actor(c.actorId(), c.role(), jurisdictions.get(c.jurisdiction())));
        context.emit(new ActorRegistered(c.actorId(), c.role(), c.jurisdiction(), context.actorId()));
        return null;
    }

    private Rejection register(RegisterJurisdiction c, ApplyContext context) {
        if (!Jurisdiction.isCode(c.code())) {
            return Rejection.of(RejectCode.INVALID_FIELD, "code", RulebookRejects.FIELD_FORMAT,
                    "a jurisdiction code is two upper-case letters");
        }
        if (!Fields.isText(c.name())) {
            return Rejection.of(RejectCode.INVALID_FIELD, "name", RulebookRejects.FIELD_FORMAT,
                    "a jurisdiction has a name");
        }
        Actor registrar = actors.get(context.actorId());
        if (registrar == null || registrar.role() != Role.OPERATOR) {
            return Rejection.of(RejectCode.NOT_AUTHORISED, "actorId", RulebookRejects.JURISDICTION_AUTHORITY,
                    "only the registry operator registers jurisdictions");
        }
        if (jurisdictions.containsKey(c.code())) {
            return Rejection.of(RulebookRejects.JURISDICTION_EXISTS, "code", RulebookRejects.JURISDICTION_UNIQUE,
                    "jurisdiction already registered");
        }
        if (c.unifiedAuthority() && unifiedAuthority != null) {
            return Rejection.of(RulebookRejects.UNIFIED_AUTHORITY_EXISTS, "unifiedAuthority",
                    RulebookRejects.ONE_UNIFIED_AUTHORITY, "the market has a unified authority already");
        }
        version++;
        addJurisdiction(new Jurisdiction(c.code(), c.name(), c.unifiedAuthority()));
        context.emit(new JurisdictionRegistered(c.code(), c.name(), c.unifiedAuthority(), version,
                context.actorId()));
        return null;
    }

    @Override
    public void hashState(StateHasher hasher) {
        BinaryWriter out = new BinaryWriter(4096);
        writeSnapshot(out, null);
        hasher.putBytes(out.toByteArray());
    }

    @Override
    public void writeSnapshot(BinaryWriter out, RecordCodec codec) {
        out.putLong(version);
        out.putInt(jurisdictions.size());
        for (Jurisdiction j : jurisdictions.values()) {
            out.putString(j.code()).putString(j.name()).putBoolean(j.unifiedAuthority());
        }
        List<RuleParameter> all = parameters.all();
        out.putInt(all.size());
        for (RuleParameter parameter : all) {
            out.putString(parameter.id().value());
            List<RuleVersion> versions = versions(parameter);
            out.putInt(versions.size());
            for (RuleVersion v : versions) {
                out.putLong(v.version()).putLong(v.value()).putLong(v.effectiveFrom().toEpochDay())
                        .putString(v.document()).putString(v.article());
            }
        }
        out.putInt(calendar.overrides().size());
        for (CalendarDaySet day : calendar.overrides().values()) {
            out.putLong(day.date().toEpochDay()).putBoolean(day.working()).putString(day.reason())
                    .putString(day.setBy());
        }
        List<Actor> sorted = actors();
        out.putInt(sorted.size());
        for (Actor actor : sorted) {
            out.putString(actor.actorId()).putString(actor.role().name()).putString(actor.jurisdiction().code());
        }
    }

    @Override
    public void readSnapshot(BinaryReader in, RecordCodec codec) {
        genesis();
        version = in.getLong();
        int jurisdictionCount = in.getInt();
        for (int i = 0; i < jurisdictionCount; i++) {
            Jurisdiction j = new Jurisdiction(in.getString(), in.getString(), in.getBoolean());
            if (!jurisdictions.containsKey(j.code())) {
                addJurisdiction(j);
            }
        }
        int ruleCount = in.getInt();
        for (int i = 0; i < ruleCount; i++) {
            RuleParameter parameter = parameters.parameter(in.getString());
            if (parameter == null) {
                throw new MalformedDataException("snapshot names an unknown rule");
            }
            RuleHistory history = parameters.history(parameter);
            history.clear();
            int count = in.getInt();
            for (int j = 0; j < count; j++) {
                history.add(new RuleVersion(in.getLong(), in.getLong(), LocalDate.ofEpochDay(in.getLong()),
                        in.getString(), in.getString()));
            }
        }
        int days = in.getInt();
        for (int i = 0; i < days; i++) {
            calendar.set(new CalendarDaySet(LocalDate.ofEpochDay(in.getLong()), in.getBoolean(), in.getString(),
                    in.getString()));
        }
        actors.clear();
        int actorCount = in.getInt();
        for (int i = 0; i < actorCount; i++) {
            String actorId = in.getString();
            Role role = Role.valueOf(in.getString());
            Jurisdiction jurisdiction = jurisdictions.get(in.getString());
            if (jurisdiction == null) {
                throw new MalformedDataException("snapshot names an actor of an unknown jurisdiction");
            }
            actors.put(actorId, new Actor(actorId, role, jurisdiction));
        }
    }
}
