/**
 * Vendor adapters: plain mapping code that turns a vendor's call records into {@link io.callqa.ingest.intake.Candidate}
 * calls in the normalised form, for the same screening and publishing as {@code POST /api/v1/calls}. No I/O and no
 * Quarkus here; the endpoints that receive the vendor requests call these classes.
 * <ul>
 * <li>{@code amazonconnect}: Amazon Connect contact records, posted directly (one or an array) or through an
 * Amazon Data Firehose HTTP endpoint delivery;</li>
 * <li>{@code freeswitch}: FreeSWITCH mod_json_cdr CDRs, one call leg per request;</li>
 * <li>{@code asterisk}: Asterisk queue_log text, assembled into calls across uploads.</li>
 * </ul>
 * A vendor record that lacks what the mapping needs is an unreadable candidate whose errors name the vendor's field;
 * the normalised call's own rules (order of times, required agent, ...) are checked afterwards by the pipeline.
 */
package io.callqa.ingest.adapters;
