package io.callqa.ingest.calls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a caller's number into what may be kept: a keyed HMAC-SHA256 of its digits (the same number always
 * gives the same hash, however it is formatted and with or without +86, so repeat callers can be matched) and
 * a masked form for display ({@code 138****5678}).
 */
public final class CallerNumbers {

    private final SecretKeySpec key;
    /** Mac instances are not thread-safe and costly to create: one per thread, reused. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public CallerNumbers(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the caller hash key must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The hash of the number's digits, or null when there is no number. */
    public String hash(String number) {
        String digits = digits(number);
        if (digits.isEmpty()) {
            return null;
        }
        return HexFormat.of().formatHex(macs.get().doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** First three and last four digits kept, the rest starred; short numbers keep less. */
    public static String mask(String number) {
        String digits = digits(number);
        if (digits.isEmpty()) {
            return null;
        }
        int keepStart = digits.length() >= 11 ? 3 : digits.length() >= 7 ? 2 : 0;
        int keepEnd = digits.length() >= 7 ? 4 : digits.length() > 4 ? 2 : 0;
        int hidden = Math.max(4, digits.length() - keepStart - keepEnd);
        return digits.substring(0, keepStart) + "*".repeat(hidden) + digits.substring(digits.length() - keepEnd);
    }

    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:\\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])");

    /** Free text with every Chinese mobile number in it masked ({@code 138****5678}); null stays null. */
    public static String maskMobiles(String text) {
        return text == null ? null : MOBILE.matcher(text).replaceAll(m -> mask(m.group()));
    }

    private static String onlyDigits(String number) {
        if (number == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** The digits of the number, without the China country code before an 11-digit mobile number. */
    static String digits(String number) {
        String digits = onlyDigits(number);
        for (String countryCode : new String[] {"0086", "86"}) {
            if (digits.startsWith(countryCode) && digits.length() == countryCode.length() + 11
                    && digits.charAt(countryCode.length()) == '1') {
                return digits.substring(countryCode.length());
            }
        }
        return digits;
    }
}
