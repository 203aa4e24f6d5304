package io.callqa.simulator.cli;

/** The text of {@code --help}. */
public final class Usage {

    private Usage() {
    }

    public static String text() {
        return """
                acd-simulator: a contact center's traffic for CallQA, the same for the same seed and options.
                Calls (话单) arrive on a daily curve and run through a queue simulation with shifts, breaks and
                under-staffed intervals: log-normal talk times, short, abandoned and repeat calls, callbacks; a
                roster with new hires; complaints; optional Chinese transcripts.

                Usage:
                  java -jar acd-simulator.jar generate --out FILE [options]   write it to files
                  java -jar acd-simulator.jar push [options]                  send it to the ingest API
                  java -jar acd-simulator.jar --help

                The center and the period:
                  --agents N        agents A0001.. (default 50)
                  --teams N         teams T01.. of consecutive agents (default 5)
                  --queues N        queues, busiest first: Q-BILLING, Q-TECH, Q-SALES, Q-BROADBAND, Q-ROAMING,
                                    Q-VIP, Q-COMPLAINT, Q-ACCOUNT (1-8, default 3)
                  --start DATE      first day, e.g. 2026-11-01 (default: yesterday in --zone; --live: today)
                  --days N          number of days, 1-366 (default 1)
                  --zone ZONE       the center's time zone (default Asia/Shanghai)
                  --seed N          same seed and options, same output (default 42)
                  --transcripts     a Chinese transcript on every answered call (default: none)
                  --no-roster       neither write nor send the roster
                  --no-complaints   neither write nor send complaints

                generate:
                  --out FILE        calls.ndjson, calls.csv, or - for NDJSON on stdout (required); the roster
                                    goes to <name>.agents.json, the complaints to <name>.complaints.json
                  --format F        ndjson or csv (default: from the file name)

                push:
                  --url URL         the ingest service (default http://localhost:8081)
                  --token JWT       bearer token with the acd role (default: $CALLQA_TOKEN)
                  --api-key KEY     API key, sent as X-Api-Key (default: $CALLQA_API_KEY)
                  --format F        json: a JSON array per request; ndjson; csv: to /api/v1/calls/csv, without
                                    transcripts (default json)
                  --batch N         records per request, 1-10000, at most 32 MiB (default 1000; with --rate
                                    at most one second's worth)
                  --rate R          records per second (default: as fast as the service answers)
                  --live            send each call once it has ended and each complaint once received, never
                                    ahead of the clock: what is already over goes at once, then the tool keeps
                                    pace until the period's last event
                  --speed X         with --live: replay the period from its first midnight X times faster
                                    than real time instead of catching up at once, still never past now
                  --retries N       retries of a request on 502/503/504 (after Retry-After, else 1, 2, 4 ..
                                    30 s) or without a connection (default 5)
                  --quiet           no progress line

                A push sends the roster first, then the calls in the order they ended, each complaint after its
                call. Without --live, what would end in the future is held back and counted. Progress goes to
                stderr (every second on a terminal), the summary to stdout, also on Ctrl-C.
                Exit status: 0 done, all accepted or duplicates; 1 some records rejected; 2 a command line it
                cannot run; 3 it could not finish (ingest API unreachable or refusing, a file not writable).

                Examples:
                  java -jar acd-simulator.jar push --token "$(./run-local.sh token acd)"      yesterday
                  java -jar acd-simulator.jar push --start 2026-10-01 --days 31 --transcripts    a month
                  java -jar acd-simulator.jar push --live --speed 60                          today, 1 h a minute
                  java -jar acd-simulator.jar generate --days 7 --out week.csv
                  ./run-local.sh --demo                                     the local stack with a day in it
                """;
    }
}
