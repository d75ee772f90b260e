package org.openets.rulebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The rulebook context: versioned, effective-dated rule parameters ({@link Rule}), the registry working-day
 * calendar and the registered actors with their roles. Genesis is rulebook version 1: every rule at its
 * genesis value and the built-in actor {@value #SYSTEM_ACTOR} as {@link Role#OPERATOR}. Each amendment and
 * each calendar change takes the next global version, which every rejection carries.
 */
public final class Rulebook implements BoundedContext {

    public static final String SYSTEM_ACTOR = "system";
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final long CST_OFFSET_MILLIS = 8 * 3_600_000L;
    private static final LocalDate GENESIS_DATE = LocalDate.EPOCH;

    private final RuleHistory[] histories = new RuleHistory[Rule.values().length];
    private final WorkingCalendar calendar = new WorkingCalendar();
    private final Map<String, Actor> actors = new HashMap<>();
    private long version;

    public Rulebook() {
        for (Rule rule : Rule.values()) {
            histories[rule.ordinal()] = new RuleHistory();
        }
        genesis();
    }

    private void genesis() {
        version = 1;
        for (Rule rule : Rule.values()) {
            histories[rule.ordinal()].clear();
            histories[rule.ordinal()].add(new RuleVersion(1, rule.genesisValue(), GENESIS_DATE, rule.document(),
                    rule.article()));
        }
        calendar.clear();
        actors.clear();
        actors.put(SYSTEM_ACTOR, new Actor(SYSTEM_ACTOR, Role.OPERATOR, Jurisdiction.CY));
    }

    /** The CST date of a timestamp, as an epoch day. */
    public static long epochDay(long epochMillis) {
        return Math.floorDiv(epochMillis + CST_OFFSET_MILLIS, MILLIS_PER_DAY);
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

    /** The value of {@code rule} in force on the CST date of {@code epochMillis}. */
    public long valueAt(Rule rule, long epochMillis) {
        return histories[rule.ordinal()].valueOn(epochDay(epochMillis));
    }

    /** As {@link #valueAt(Rule, long)} by rule id; throws for an unknown id. */
    public long valueAt(String ruleId, long epochMillis) {
        Rule rule = Rule.byId(ruleId);
        if (rule == null) {
            throw new IllegalArgumentException("no rule " + ruleId);
        }
        return valueAt(rule, epochMillis);
    }

    /** Every rule definition, sorted by id. */
    public List<Rule> definitions() {
        List<Rule> rules = new ArrayList<>(Arrays.asList(Rule.values()));
        rules.sort(Comparator.comparing(Rule::id));
        return rules;
    }

    /** Every version of {@code rule} in (effective date, version) order. */
    public List<RuleVersion> versions(Rule rule) {
        return histories[rule.ordinal()].versions();
    }

    public WorkingCalendar calendar() {
        return calendar;
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
                .add(150, RuleAmended.class)
                .add(151, CalendarDaySet.class)
                .add(152, ActorRegistered.class);
    }

    @Override
    public boolean handles(Class<? extends Command> type) {
        return type == AmendRule.class || type == SetCalendarDay.class || type == RegisterActor.class;
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
        } else {
            throw new IllegalArgumentException("not a rulebook command: " + command.getClass().getName());
        }
        return rejection == null ? null : rejection.withRulebookVersion(version);
    }

    private Rejection amend(AmendRule c, ApplyContext context) {
        Rule rule = c.ruleId() == null ? null : Rule.byId(c.ruleId());
        if (rule == null) {
            return Rejection.of(RulebookRejects.UNKNOWN_RULE, "ruleId", RulebookRejects.RULE_KNOWN, "no such rule");
        }
        Actor actor = actors.get(context.actorId());
        boolean allowed = actor != null && actor.role() == Role.REGULATOR
                && (actor.jurisdiction() == Jurisdiction.CY || actor.jurisdiction() == rule.scope());
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
        histories[rule.ordinal()].add(new RuleVersion(version, c.value(), c.effectiveFrom(), c.document(),
                c.article()));
        context.emit(new RuleAmended(c.ruleId(), version, c.value(), c.effectiveFrom(), c.document(), c.article(),
                context.actorId()));
        return null;
    }

    private Rejection setCalendarDay(SetCalendarDay c, ApplyContext context) {
        Actor actor = actors.get(context.actorId());
        if (actor == null || !actor.isRegulatorOf(Jurisdiction.CY)) {
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
        if (c.jurisdiction() == null) {
            return Rejection.of(RejectCode.INVALID_FIELD, "jurisdiction", RulebookRejects.FIELD_FORMAT,
                    "a jurisdiction is required");
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
        actors.put(c.actorId(), new Actor(c.actorId(), c.role(), c.jurisdiction()));
        context.emit(new ActorRegistered(c.actorId(), c.role(), c.jurisdiction(), context.actorId()));
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
        List<Rule> rules = definitions();
        out.putInt(rules.size());
        for (Rule rule : rules) {
            out.putString(rule.id().value());
            List<RuleVersion> versions = versions(rule);
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
            out.putString(actor.actorId()).putString(actor.role().name()).putString(actor.jurisdiction().name());
        }
    }

    @Override
    public void readSnapshot(BinaryReader in, RecordCodec codec) {
        genesis();
        version = in.getLong();
        int ruleCount = in.getInt();
        for (int i = 0; i < ruleCount; i++) {
            Rule rule = Rule.byId(in.getString());
            if (rule == null) {
                throw new MalformedDataException("snapshot names an unknown rule");
            }
            RuleHistory history = histories[rule.ordinal()];
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
            Actor actor = new Actor(in.getString(), Role.valueOf(in.getString()),
                    Jurisdiction.valueOf(in.getString()));
            actors.put(actor.actorId(), actor);
        }
    }
}
