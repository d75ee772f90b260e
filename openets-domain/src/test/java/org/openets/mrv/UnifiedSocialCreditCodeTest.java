package org.openets.mrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    @Test
    void a_published_enterprise_code_is_valid() {
        // 91350100M000100Y43: Σ Ci×Wi over the first 17 = 9+3+27+135+26+420 (M=21 ×20)+8+900 (Y=30 ×30)+112 = 1640;
        // 1640 mod 31 = 28; 31 − 28 = 3. Organisation code M000100Y4: 22×3+1×5+34×2 = 139; 139 mod 11 = 7; 11 − 7 = 4.
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(" 91350100m000100y43 ");

        assertThat(code.value()).isEqualTo("91350100M000100Y43");
        assertThat(code.registrationAuthority()).isEqualTo('9');
        assertThat(code.organisationType()).isEqualTo('1');
        assertThat(code.administrativeDivision()).isEqualTo("350100");
        assertThat(code.organisationCode()).isEqualTo("M000100Y4");
    }

    @Test
    void a_hand_built_chongqing_code_is_valid() {
        // Organisation code 20280000: 2×3+2×9+8×10 = 104; 104 mod 11 = 5; 11 − 5 = 6.
        // First 17 "91500000202800006": 9+3+45+40+50+104+168 = 419; 419 mod 31 = 16; 31 − 16 = 15 = 'F'.
        assertThat(UnifiedSocialCreditCode.checkCharacter("91500000202800006")).isEqualTo('F');
        assertThat(UnifiedSocialCreditCode.problem("91500000202800006F")).isEmpty();
    }

    @Test
    void a_wrong_check_character_names_the_expected_one() {
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y44"))
                .hasValue("check character (18) is '4', expected '3'");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91350100M000100Y44"))
                .isInstanceOfSatisfying(MrvException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("MRV-USCC-FORMAT");
                    assertThat(e.field()).isEqualTo("unifiedSocialCreditCode");
                });
    }

    @Test
    void each_structural_fault_is_reported() {
        assertThat(UnifiedSocialCreditCode.problem(null)).hasValue("is missing");
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y4")).hasValue("must have 18 characters, has 17");
        assertThat(UnifiedSocialCreditCode.problem("91350100M0001O0Y43")).get().asString()
                .contains("character 14 'O' is outside");
        assertThat(UnifiedSocialCreditCode.problem("B1350100M000100Y43")).get().asString()
                .contains("registration authority 'B' is not defined");
        assertThat(UnifiedSocialCreditCode.problem("95350100M000100Y43")).get().asString()
                .contains("organisation type '5' is not defined for registration authority '9'");
        assertThat(UnifiedSocialCreditCode.problem("9135A100M000100Y43")).get().asString()
                .contains("administrative division");
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y53")).get().asString()
                .contains("organisation code check character (17) is '5', expected '4'");
        assertThat(UnifiedSocialCreditCode.problem("91350100m000100y43")).get().asString()
                .contains("outside");
    }

    @Test
    void organisation_code_checks_of_ten_and_eleven_are_written_x_and_0() {
        // 40000000: 4×3 = 12; 12 mod 11 = 1; 11 − 1 = 10 → 'X'. 00000000: 0; 11 − 0 = 11 → '0'.
        // 10010000: 1×3 + 1×10 = 13; 13 mod 11 = 2; 11 − 2 = 9.
        assertThat(UnifiedSocialCreditCode.organisationCodeCheck("40000000")).isEqualTo('X');
        assertThat(UnifiedSocialCreditCode.organisationCodeCheck("00000000")).isEqualTo('0');
        assertThat(UnifiedSocialCreditCode.organisationCodeCheck("10010000")).isEqualTo('9');
    }

    @Property
    void a_built_code_is_valid_and_any_single_substitution_breaks_it(
            @ForAll("validCodes") String code, @ForAll("positions") int position, @ForAll("charsetIndexes") int replacement) {
        assertThat(UnifiedSocialCreditCode.problem(code)).isEmpty();

        char substitute = UnifiedSocialCreditCode.CHARSET.charAt(replacement);
        if (substitute != code.charAt(position)) {
            String changed = code.substring(0, position) + substitute + code.substring(position + 1);
            assertThat(UnifiedSocialCreditCode.problem(changed)).isPresent();
        }
    }

    @Provide
    Arbitrary<String> validCodes() {
        Arbitrary<String> prefix = Arbitraries.of("11", "12", "13", "19", "51", "52", "53", "91", "92", "93", "Y1", "N2");
        Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> organisation = Arbitraries.strings()
                .withChars("0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()).ofLength(8);
        return Combinators.combine(prefix, division, organisation).as((p, d, o) -> {
            String first17 = p + d + o + UnifiedSocialCreditCode.organisationCodeCheck(o);
            return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        });
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 17);
    }

    @Provide
    Arbitrary<Integer> charsetIndexes() {
        return Arbitraries.integers().between(0, 30);
    }
}
