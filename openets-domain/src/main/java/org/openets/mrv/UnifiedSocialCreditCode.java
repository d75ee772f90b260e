package org.openets.mrv;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An 18-character unified social credit code (统一社会信用代码, GB 32100-2015), the identity of a reporting
 * entity (DOMAIN §1). Layout: 1 registration authority, 2 organisation type, 3–8 administrative division,
 * 9–17 organisation code (GB 11714, its own check character in position 17), 18 check character.
 */
public record UnifiedSocialCreditCode(String value) {

    public static final String RULE = "MRV-USCC-FORMAT";

    /** GB 32100-2015 §4: the 31 characters allowed; I, O, S, V and Z are left out to avoid misreading. */
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** GB 11714 organisation code check: weights over its first 8 characters, modulus 11. */
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /**
     * Registration authority → organisation types it may issue (GB 32100-2015 table 1: authorities 1–9 and Y;
     * A, the military establishment office, and N, agriculture, were added by later amendments).
     */
    private static final Map<Character, Set<Character>> ORGANISATION_TYPES = Map.ofEntries(
            Map.entry('1', Set.of('1', '2', '3', '9')),      // institutional establishment: organs, public institutions
            Map.entry('2', Set.of('1', '9')),                // foreign affairs
            Map.entry('3', Set.of('1', '2', '3', '4', '5', '9')), // justice: law firms, notaries, ...
            Map.entry('4', Set.of('1', '9')),                // culture
            Map.entry('5', Set.of('1', '2', '3', '9')),      // civil affairs: associations, foundations
            Map.entry('6', Set.of('1', '2', '9')),           // tourism
            Map.entry('7', Set.of('1', '2', '9')),           // religion
            Map.entry('8', Set.of('1', '9')),                // trade unions
            Map.entry('9', Set.of('1', '2', '3')),           // market regulation: enterprises, individual businesses, co-operatives
            Map.entry('A', Set.of('1', '9')),                // military establishment office
            Map.entry('N', Set.of('1', '2', '3', '9')),      // agriculture: collective economic organisations
            Map.entry('Y', Set.of('1')));                    // others

    public UnifiedSocialCreditCode {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new MrvException("unifiedSocialCreditCode", RULE, problem.get());
        }
    }

    /**
     * The code of an enterprise (registration authority 9, market regulation; type 1, enterprise) registered in
     * {@code division} (6 digits) with the 8-character organisation code body {@code organisation}; both check
     * characters are computed.
     */
    public static UnifiedSocialCreditCode enterprise(String division, String organisation) {
        String first16 = "91" + division + organisation;
        String first17 = first16 + organisationCodeCheck(organisation);
        return new UnifiedSocialCreditCode(first17 + checkCharacter(first17));
    }

    /** Parses a code, upper-casing and trimming it; throws {@link MrvException} naming the first problem. */
    public static UnifiedSocialCreditCode parse(String text) {
        if (text == null) {
            throw new MrvException("unifiedSocialCreditCode", RULE, "is missing");
        }
        return new UnifiedSocialCreditCode(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Why the text is not a valid code, or empty if it is. The text is taken as is (no case folding). */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.of("is missing");
        }
        if (text.length() != 18) {
            return Optional.of("must have 18 characters, has " + text.length());
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(text.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " '" + text.charAt(i)
                        + "' is outside 0-9 A-H J-N P-R T-U W-Y");
            }
        }
        Set<Character> types = ORGANISATION_TYPES.get(text.charAt(0));
        if (types == null) {
            return Optional.of("registration authority '" + text.charAt(0) + "' is not defined");
        }
        if (!types.contains(text.charAt(1))) {
            return Optional.of("organisation type '" + text.charAt(1) + "' is not defined for registration authority '"
                    + text.charAt(0) + "'");
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return Optional.of("administrative division (characters 3-8) must be digits");
            }
        }
        char organisationCheck = organisationCodeCheck(text.substring(8, 16));
        if (text.charAt(16) != organisationCheck) {
            return Optional.of("organisation code check character (17) is '" + text.charAt(16) + "', expected '"
                    + organisationCheck + "'");
        }
        char check = checkCharacter(text.substring(0, 17));
        if (text.charAt(17) != check) {
            return Optional.of("check character (18) is '" + text.charAt(17) + "', expected '" + check + "'");
        }
        return Optional.empty();
    }

    /** GB 32100-2015 §5: C18 = 31 − (Σ Ci × Wi mod 31), with 31 written as '0'. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714: C9 = 11 − (Σ Ci × Wi mod 11), 10 written 'X' and 11 written '0'; letters count A=10 … Z=35. */
    static char organisationCodeCheck(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(first8.charAt(i), 36) * ORGANISATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    public char registrationAuthority() {
        return value.charAt(0);
    }

    public char organisationType() {
        return value.charAt(1);
    }

    public String administrativeDivision() {
        return value.substring(2, 8);
    }

    public String organisationCode() {
        return value.substring(8, 17);
    }

    @Override
    public String toString() {
        return value;
    }
}
