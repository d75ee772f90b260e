package org.openets.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.openets.core.RecordCodec;
import org.openets.engine.StandardEngine;
import org.openets.registry.AccountFrozen;
import org.openets.registry.AccountOpened;
import org.openets.registry.AccountTransferLimitSet;
import org.openets.registry.AccountUnfrozen;
import org.openets.registry.RepresentativeAdded;
import org.openets.registry.TransferApproved;
import org.openets.registry.TransferCancelled;
import org.openets.registry.TransferCompleted;
import org.openets.registry.TransferExecuted;
import org.openets.registry.TransferProposed;
import org.openets.registry.TrustedAccountActivated;
import org.openets.registry.TrustedAccountApproved;
import org.openets.registry.TrustedAccountProposed;
import org.openets.registry.TrustedAccountRemoved;
import org.openets.registry.UnitsRetired;
import org.openets.rulebook.ActorRegistered;
import org.openets.rulebook.JurisdictionRegistered;
import org.openets.rulebook.RuleAmended;

/**
 * The projections of the registry and rulebook into their tables (migrations V2, V3). Transfers and trusted
 * accounts follow their state machines; holdings come from the movements every unit event lists.
 */
public final class RegistryProjections {

    private static final String MERGE_JURISDICTION = "MERGE INTO jurisdictions j"
            + " USING (VALUES (CAST(? AS VARCHAR(8)), CAST(? AS VARCHAR(100)), CAST(? AS BOOLEAN),"
            + " CAST(? AS BIGINT))) AS v(code, name, unified_authority, registered_sequence) ON j.code = v.code"
            + " WHEN MATCHED THEN UPDATE SET name = v.name, unified_authority = v.unified_authority,"
            + " registered_sequence = v.registered_sequence"
            + " WHEN NOT MATCHED THEN INSERT (code, name, unified_authority, registered_sequence)"
            + " VALUES (v.code, v.name, v.unified_authority, v.registered_sequence)";

    private RegistryProjections() {
    }

    /** A projector for the journal of the standard engine, with every registry and rulebook projection. */
    public static Projector standardProjector(ReadModel readModel) {
        return projector(readModel, StandardEngine.create().codec());
    }

    public static Projector projector(ReadModel readModel, RecordCodec codec) {
        return new Projector(readModel, codec, all());
    }

    public static List<EventProjection<?>> all() {
        return List.of(
                EventProjection.of(JurisdictionRegistered.class, (e, sql) -> sql.add(MERGE_JURISDICTION,
                        e.event().code(), e.event().name(), e.event().unifiedAuthority(), e.sequence())),
                EventProjection.of(ActorRegistered.class, RegistryProjections::actorRegistered),
                EventProjection.of(RuleAmended.class, RegistryProjections::ruleAmended),
                EventProjection.of(AccountOpened.class, RegistryProjections::accountOpened),
                EventProjection.of(AccountFrozen.class, (e, sql) -> sql.add("UPDATE accounts SET frozen = TRUE,"
                        + " frozen_reason = ?, updated_sequence = ? WHERE account_id = ?",
                        e.event().reason(), e.sequence(), e.event().accountId())),
                EventProjection.of(AccountUnfrozen.class, (e, sql) -> sql.add("UPDATE accounts SET frozen = FALSE,"
                        + " frozen_reason = NULL, updated_sequence = ? WHERE account_id = ?",
                        e.sequence(), e.event().accountId())),
                EventProjection.of(AccountTransferLimitSet.class, (e, sql) -> sql.add("UPDATE accounts"
                        + " SET transfer_limit_tonnes = ?, updated_sequence = ? WHERE account_id = ?",
                        e.event().limitTonnes(), e.sequence(), e.event().accountId())),
                EventProjection.of(RepresentativeAdded.class, (e, sql) -> sql.add("INSERT INTO"
                        + " account_representatives (account_id, actor_id, added_sequence) VALUES (?, ?, ?)",
                        e.event().accountId(), e.event().actorId(), e.sequence())),
                EventProjection.of(TransferProposed.class, RegistryProjections::transferProposed),
                EventProjection.of(TransferCompleted.class, RegistryProjections::transferCompleted),
                EventProjection.of(TransferApproved.class, (e, sql) -> sql.add("UPDATE transfers SET state = ?,"
                        + " approved_by = ?, execute_at_millis = ?, updated_sequence = ? WHERE transfer_id = ?",
                        "DELAYED", e.event().approvedBy(), e.event().executeAtMillis(), e.sequence(),
                        e.event().transferId())),
                EventProjection.of(TransferExecuted.class, (e, sql) -> sql.add("UPDATE transfers SET state = ?,"
                        + " updated_sequence = ? WHERE transfer_id = ?",
                        "COMPLETED", e.sequence(), e.event().transferId())),
                EventProjection.of(TransferCancelled.class, (e, sql) -> sql.add("UPDATE transfers SET state = ?,"
                        + " cancelled_by = ?, cancel_reason = ?, updated_sequence = ? WHERE transfer_id = ?",
                        "CANCELLED", e.event().cancelledBy(), e.event().reason(), e.sequence(),
                        e.event().transferId())),
                EventProjection.of(TrustedAccountProposed.class, (e, sql) -> sql.add("INSERT INTO trusted_accounts"
                        + " (account_id, trusted_account_id, state, proposed_by, updated_sequence)"
                        + " VALUES (?, ?, ?, ?, ?)", e.event().accountId(), e.event().trustedAccountId(),
                        "PROPOSED", e.event().proposedBy(), e.sequence())),
                EventProjection.of(TrustedAccountApproved.class, (e, sql) -> sql.add("UPDATE trusted_accounts"
                        + " SET state = ?, approved_by = ?, effective_at_millis = ?, updated_sequence = ?"
                        + " WHERE account_id = ? AND trusted_account_id = ?", "APPROVED", e.event().approvedBy(),
                        e.event().effectiveAtMillis(), e.sequence(), e.event().accountId(),
                        e.event().trustedAccountId())),
                EventProjection.of(TrustedAccountActivated.class, (e, sql) -> sql.add("UPDATE trusted_accounts"
                        + " SET state = ?, updated_sequence = ? WHERE account_id = ? AND trusted_account_id = ?",
                        "ACTIVE", e.sequence(), e.event().accountId(), e.event().trustedAccountId())),
                EventProjection.of(TrustedAccountRemoved.class, (e, sql) -> sql.add("DELETE FROM trusted_accounts"
                        + " WHERE account_id = ? AND trusted_account_id = ?",
                        e.event().accountId(), e.event().trustedAccountId())),
                EventProjection.of(UnitsRetired.class, RegistryProjections::unitsRetired));
    }

    private static void actorRegistered(ProjectedEvent<ActorRegistered> e, SqlBatch sql) throws SQLException {
        ActorRegistered actor = e.event();
        sql.add("INSERT INTO actors (actor_id, role, jurisdiction, registered_by, registered_sequence)"
                + " VALUES (?, ?, ?, ?, ?)", actor.actorId(), actor.role(), actor.jurisdiction(),
                actor.registeredBy(), e.sequence());
    }

    private static void ruleAmended(ProjectedEvent<RuleAmended> e, SqlBatch sql) throws SQLException {
        RuleAmended rule = e.event();
        LocalDate effectiveFrom = rule.effectiveFrom();
        sql.add("INSERT INTO rule_versions (rule_id, version, rule_value, effective_from, document, article,"
                + " amended_by, sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rule.ruleId(), rule.version(),
                rule.value(), effectiveFrom, rule.document(), rule.article(), rule.amendedBy(), e.sequence());
    }

    private static void accountOpened(ProjectedEvent<AccountOpened> e, SqlBatch sql) throws SQLException {
        AccountOpened account = e.event();
        sql.add("INSERT INTO accounts (account_id, account_type, jurisdiction, holder_id, holder_name, frozen,"
                + " transfer_limit_tonnes, opened_at_millis, opened_sequence, updated_sequence)"
                + " VALUES (?, ?, ?, ?, ?, FALSE, 0, ?, ?, ?)", account.accountId(), account.type(),
                account.jurisdiction(), account.holderId(), account.holderName(), e.timestampMillis(),
                e.sequence(), e.sequence());
    }

    private static final String INSERT_TRANSFER = "INSERT INTO transfers (transfer_id, from_account, to_account,"
            + " unit, quantity_tonnes, state, proposed_by, serial_blocks, proposed_sequence, updated_sequence)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, %s, ?, ?)";

    private static void transferProposed(ProjectedEvent<TransferProposed> e, SqlBatch sql) throws SQLException {
        TransferProposed t = e.event();
        sql.add(String.format(INSERT_TRANSFER, sql.dialect().jsonParameter()), t.transferId(), t.fromAccount(),
                t.toAccount(), t.unit(), t.quantity(), "AWAITING_APPROVAL", t.proposedBy(),
                Projector.json(t.blocks()), e.sequence(), e.sequence());
    }

    private static void transferCompleted(ProjectedEvent<TransferCompleted> e, SqlBatch sql) throws SQLException {
        TransferCompleted t = e.event();
        sql.add(String.format(INSERT_TRANSFER, sql.dialect().jsonParameter()), t.transferId(), t.fromAccount(),
                t.toAccount(), t.unit(), t.quantity(), "COMPLETED", t.proposedBy(),
                Projector.json(t.blocks()), e.sequence(), e.sequence());
    }

    private static void unitsRetired(ProjectedEvent<UnitsRetired> e, SqlBatch sql) throws SQLException {
        UnitsRetired r = e.event();
        sql.add("INSERT INTO retirements (sequence, event_index, account_id, unit, quantity_tonnes, beneficiary,"
                + " reason, serial_blocks, retired_at_millis) VALUES (?, ?, ?, ?, ?, ?, ?, "
                + sql.dialect().jsonParameter() + ", ?)", e.sequence(), e.index(), r.accountId(), r.unit(),
                r.quantity(), r.beneficiary(), r.reason(), Projector.json(r.blocks()), e.timestampMillis());
    }
}
