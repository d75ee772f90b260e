package org.openets.security;

import static org.openets.access.UserRole.AUTHORITY;
import static org.openets.access.UserRole.INCLUSION_OPERATOR;
import static org.openets.access.UserRole.MEMBER_ADMIN;
import static org.openets.access.UserRole.MEMBER_TRADER;
import static org.openets.access.UserRole.OPERATOR;
import static org.openets.access.UserRole.PROJECT_DEVELOPER;
import static org.openets.access.UserRole.REGULATOR;
import static org.openets.access.UserRole.REPRESENTATIVE_APPROVER;
import static org.openets.access.UserRole.REPRESENTATIVE_INITIATOR;
import static org.openets.access.UserRole.VERIFIER;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openets.access.UserRole;

/**
 * Which roles may send each command through {@code POST /api/v1/commands}. The engine then checks the actor's
 * authority over the named account, entity or jurisdiction; this table adds what the engine cannot know, the
 * user's role (an initiating representative does not approve, an auditor sends nothing). Commands that carry a
 * credential are sent only by the sign-in and user routes, which hash it first. A command missing here is refused.
 */
public final class CommandPolicy {

    private static final Set<UserRole> ADMIN = EnumSet.of(OPERATOR, REGULATOR, AUTHORITY);
    private static final Set<UserRole> HOLDERS = EnumSet.of(REPRESENTATIVE_INITIATOR, REPRESENTATIVE_APPROVER,
            MEMBER_ADMIN, PROJECT_DEVELOPER, INCLUSION_OPERATOR);
    private static final Set<UserRole> APPROVERS = EnumSet.of(REPRESENTATIVE_APPROVER, MEMBER_ADMIN,
            PROJECT_DEVELOPER, INCLUSION_OPERATOR);
    private static final Set<UserRole> TRADERS = EnumSet.of(MEMBER_TRADER, MEMBER_ADMIN);
    private static final Set<UserRole> REPRESENTATIVES = EnumSet.of(REPRESENTATIVE_INITIATOR,
            REPRESENTATIVE_APPROVER);
    /** Sent only through the credential routes. */
    public static final Set<String> CREDENTIAL_COMMANDS = Set.of("RegisterUser", "ChangePassword",
            "EnrolSecondFactor", "IssueApiKey");

    private static final Map<String, Set<UserRole>> ROLES = new TreeMap<>();

    static {
        allow(ADMIN, "AmendRule", "SetCalendarDay", "RegisterActor", "RegisterJurisdiction", "OpenAccount",
                "AddRepresentative", "IssueUnits", "FreezeAccount", "UnfreezeAccount", "FreezeUnits",
                "UnfreezeUnits", "InvalidateUnits", "ExpireUnits", "ListInstrument", "SetInstrumentHalt",
                "RegisterTradingAccount", "SetTradingRestriction", "AnnounceAuction", "CloseAuction",
                "CancelAuction", "RegisterEntity", "RegisterInstallation", "ConfirmReport", "OpenAllocationYear",
                "SetAllocationMethod", "RecordPowerUnits", "PreAllocate", "TrueUp", "ReleaseReserve",
                "WithholdAuctionVolume", "CancelReserve", "RecordOffsetProject", "CloseCompliance",
                "ImposeShortfallFine", "ImposeViolationFine", "ApproveCarryOver", "SetUserActive");
        allow(EnumSet.of(OPERATOR), "DepositFunds");
        allow(union(ADMIN, HOLDERS), "SetAccountTransferLimit", "LockUnits", "UnlockUnits");
        allow(HOLDERS, "ProposeTrustedAccount", "RemoveTrustedAccount", "ProposeTransfer", "CancelTransfer",
                "SurrenderUnits", "CancelUnits", "RetireUnits");
        allow(APPROVERS, "ApproveTransfer", "ApproveTrustedAccount");
        allow(union(HOLDERS, TRADERS), "WithdrawFunds", "MoveUnitsToTrading", "MoveUnitsFromTrading");
        allow(union(TRADERS, EnumSet.of(OPERATOR)), "PlaceOrder", "CancelOrder", "ReplaceOrder", "MoveOrder",
                "ReduceOrder", "AnnounceOneWay");
        allow(TRADERS, "ProposeBlockTrade", "ConfirmBlockTrade", "CancelBlockTrade", "SubmitOneWayBid");
        allow(union(TRADERS, REPRESENTATIVES), "SubmitBid");
        allow(union(ADMIN, REPRESENTATIVES), "DraftReport", "SubmitReport", "AmendReport", "AppealReport",
                "ImportReports", "SurrenderForCompliance");
        allow(EnumSet.of(VERIFIER), "VerifyReport");
        allow(union(ADMIN, EnumSet.of(VERIFIER)), "ReturnReport");
        allow(union(ADMIN, EnumSet.allOf(UserRole.class)), "RevokeApiKey");
        allow(EnumSet.of(MEMBER_ADMIN), "SetUserActive");
    }

    private CommandPolicy() {
    }

    /** The roles that may send the command, empty for a credential command or one without a rule. */
    public static Set<UserRole> rolesFor(String commandType) {
        return ROLES.getOrDefault(commandType, Set.of());
    }

    public static Map<String, Set<UserRole>> all() {
        return Collections.unmodifiableMap(ROLES);
    }

    private static void allow(Set<UserRole> roles, String... commands) {
        for (String command : commands) {
            ROLES.computeIfAbsent(command, k -> EnumSet.noneOf(UserRole.class)).addAll(roles);
        }
    }

    private static Set<UserRole> union(Set<UserRole> a, Set<UserRole> b) {
        Set<UserRole> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}
