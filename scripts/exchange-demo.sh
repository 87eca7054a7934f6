#!/usr/bin/env bash
# Records across providers, on a development chain of its own (the README's "Records across
# providers"): two providers, each with its own gateway and its own FHIR server
# (healthchain-synthetic-fhir), exchanging a patient's records through the chain's registry.
#
#   scripts/exchange-demo.sh          set up, run the README's curl commands, keep serving (Ctrl-C stops)
#   scripts/exchange-demo.sh --once   the same, then stop (CI: fails if an answer is not the README's)
#
# The hospital (organization 0) runs gateway A on HC_EXCHANGE_A (default 127.0.0.1:8082) in front
# of its FHIR server; Dave, its clinician, writes a lab result and a medication request of Ferdie
# through it (anchored on chain); Alice, its privacy officer, is the member whose key records on
# chain what it serves to others. A second provider, registered by governance (sudo here), runs
# gateway B on HC_EXCHANGE_B (default 127.0.0.1:8083) in front of its own FHIR server; Eve is its
# clinician. Ferdie consents to the second provider reading his lab results for treatment. The
# node's RPC is HC_EXCHANGE_RPC_PORT (default 9966): the demo does not disturb scripts/run-dev.sh.
source "$(dirname "$0")/lib/common.sh"
once=0
[ "${1:-}" = --once ] && once=1
hc_setup
hc_build_node
hc_build_gateway
hc_setup_npm

RPC_PORT="${HC_EXCHANGE_RPC_PORT:-9966}"
A="${HC_EXCHANGE_A:-127.0.0.1:8082}"
B="${HC_EXCHANGE_B:-127.0.0.1:8083}"
FHIR_A="${HC_EXCHANGE_FHIR_A:-127.0.0.1:8092}"
FHIR_B="${HC_EXCHANGE_FHIR_B:-127.0.0.1:8093}"
DIR="$(mktemp -d -t healthchain-exchange-XXXXXX)"
PASSPHRASE="healthchain-test-passphrase"
DAVE_KEY="demo-dave-0000000000000000000000000000"
EVE_KEY="demo-eve-00000000000000000000000000000"
FERDIE=5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL
PIDS=()
stop() {
	kill -TERM "${PIDS[@]}" 2>/dev/null || true
	wait "${PIDS[@]}" 2>/dev/null || true
	rm -rf "$DIR"
}
trap stop EXIT INT TERM

"$HC_NODE_BIN" --dev --rpc-port "$RPC_PORT" --port 0 --no-prometheus --no-telemetry --no-mdns 2>"$DIR/node.log" &
PIDS+=($!)
for fhir in "$FHIR_A" "$FHIR_B"; do
	"$CARGO_TARGET_DIR/debug/healthchain-synthetic-fhir" --listen "$fhir" 2>/dev/null &
	PIDS+=($!)
done
for _ in $(seq 120); do
	curl -sf -H 'content-type: application/json' -d '{"id":1,"jsonrpc":"2.0","method":"chain_getHeader"}' \
		"http://127.0.0.1:$RPC_PORT" >/dev/null && break
	sleep 1
done

log "the chain: a second provider (Bob its admin, Eve its clinician), both gateways' URLs, Ferdie's consent"
CLINIC=$(node "$HC_ROOT/scripts/e2e/exchange-setup.js" "ws://127.0.0.1:$RPC_PORT" "http://$A" "http://$B" "$DIR/keystore-b" "$PASSPHRASE")

gateway() { # <name> <listen> <fhir> <keystore> [serve options…]
	local name=$1 listen=$2 fhir=$3 keystore=$4
	shift 4
	HC_GATEWAY_DATABASE="$DIR/$name.sqlite" "$HC_GATEWAY_BIN" map-patient \
		--system urn:healthchain:fhir:upstream-patient --value ferdie --account "$FERDIE" >/dev/null
	HC_GATEWAY_DATABASE="$DIR/$name.sqlite" HC_GATEWAY_KEYSTORE_PASSPHRASE="$PASSPHRASE" RUST_LOG=warn \
		"$HC_GATEWAY_BIN" --node "ws://127.0.0.1:$RPC_PORT" --listen "$listen" --upstream "http://$fhir/fhir" \
		--keystore "$keystore" --record-interval-ms 500 "$@" >"$DIR/$name.log" 2>&1 &
	PIDS+=($!)
}
HC_GATEWAY_DATABASE="$DIR/a.sqlite" "$HC_GATEWAY_BIN" api-key-add --label dave@hospital \
	--member 5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy --organization 0 --key "$DAVE_KEY" >/dev/null
HC_GATEWAY_DATABASE="$DIR/b.sqlite" "$HC_GATEWAY_BIN" api-key-add --label eve@clinic \
	--member 5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw --organization "$CLINIC" --key "$EVE_KEY" >/dev/null
gateway a "$A" "$FHIR_A" "$HC_ROOT/gateway/tests/fixtures/keystore" \
	--organization 0 --exchange-member 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY
gateway b "$B" "$FHIR_B" "$DIR/keystore-b"
for g in "$A" "$B"; do
	for _ in $(seq 60); do curl -sf "http://$g/health" >/dev/null && break; sleep 1; done
done

log "Dave writes two of Ferdie's records at the hospital (gateway A): anchored on chain"
write() {
	curl -sf -X POST "http://$A/fhir/$1" -H "Authorization: Bearer $DAVE_KEY" -H 'X-Purpose-Of-Use: TREAT' \
		-H 'Content-Type: application/fhir+json' --data "$2" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}
LAB=$(write Observation '{"resourceType":"Observation","status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}],"code":{"coding":[{"system":"http://loinc.org","code":"2345-7","display":"Glucose"}]},"subject":{"reference":"Patient/ferdie"},"valueQuantity":{"value":5.4,"unit":"mmol/L","system":"http://unitsofmeasure.org","code":"mmol/L"}}')
write MedicationRequest '{"resourceType":"MedicationRequest","status":"active","intent":"order","medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"860975"}]},"subject":{"reference":"Patient/ferdie"}}' >/dev/null
for _ in $(seq 90); do
	recorded=$(curl -sf "http://$A/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["anchors"]["recorded"])')
	[ "$recorded" = 2 ] && break
	sleep 1
done
[ "$recorded" = 2 ] || die "the hospital's two records were not anchored within 90 s"

show() { # <title> <file> <curl arguments…>: prints the command and the answer (kept in <file>)
	local title=$1 file=$2
	shift 2
	printf '\n### %s\n$ curl' "$title"
	printf ' %q' "$@"
	printf '\n'
	curl -s "$@" >"$file"
	python3 -m json.tool --indent 1 "$file"
}
show "the record locator at the second provider (Eve)" "$DIR/locator.json" -H "Authorization: Bearer $EVE_KEY" \
	-H 'X-Purpose-Of-Use: TREAT' "http://$B/fhir/DocumentReference?patient=ferdie"
show "Ferdie's complete history at the second provider (Eve)" "$DIR/everything.json" -H "Authorization: Bearer $EVE_KEY" \
	-H 'X-Purpose-Of-Use: TREAT' "http://$B/fhir/Patient/ferdie/\$everything"
pending() { # <gateway>: reads served but not yet settled on chain
	curl -sf "http://$1/health" | python3 -c 'import json,sys; o=json.load(sys.stdin)["outbox"]; print(o["unbatched"] + o["in_flight"])'
}
for _ in $(seq 60); do
	[ "$(pending "$A")" = 0 ] && [ "$(pending "$B")" = 0 ] && break
	sleep 1
done
recorded() { curl -sf "http://$1/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["outbox"]["recorded"])'; }
DISCLOSED=$(recorded "$A")
OWN_READS=$(recorded "$B")
show "what the chain logged: Ferdie's access log (the hospital's view)" "$DIR/log.json" \
	-H "Authorization: Bearer $DAVE_KEY" "http://$A/fhir/AuditEvent?patient=$FERDIE"

# The README's claims, checked.
python3 - "$LAB" "$A" "$CLINIC" "$DIR/everything.json" "$DIR/log.json" "$DISCLOSED" "$OWN_READS" <<'PY'
import json, sys
lab, hospital, clinic, answer, log, disclosed, own_reads = sys.argv[1:8]
bundle = json.load(open(answer))
fetched = [e for e in bundle["entry"] if e.get("fullUrl", "").startswith(f"http://{hospital}/")]
assert [e["resource"]["id"] for e in fetched] == [lab], f"the hospital's lab result, fetched: {fetched}"
provenance = {x["url"]: x for x in fetched[0]["extension"][0]["extension"]}
assert provenance["verified"]["valueBoolean"] is True
notes = [i for e in bundle["entry"] if e["search"]["mode"] == "outcome" for i in e["resource"]["issue"]]
assert any("Medications" in i.get("details", {}).get("text", "") and
           i["details"]["coding"][0]["code"] == "CategoryNotCovered" for i in notes), notes
eve = "5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw"
events = [e["resource"] for e in json.load(open(log))["entry"]]
evs = [a for a in events if a["agent"][0]["who"]["identifier"]["value"] == eve
       and a["agent"][1]["who"]["identifier"]["value"] == clinic]
assert int(disclosed) == 1, f"the hospital served one record: {disclosed}"
assert len(evs) == int(disclosed) + int(own_reads), (len(evs), disclosed, own_reads)
print(f"\nchecked: the hospital's lab result fetched and verified, its medication request withheld "
      f"(organization {clinic} reads lab results only); Ferdie's log names Eve for organization {clinic} "
      f"{len(evs)} times: {disclosed} read recorded by the hospital's gateway, {own_reads} by her own")
PY

if [ "$once" = 1 ]; then
	exit 0
fi
cat >&2 <<MSG

  Serving until Ctrl-C: node ws://127.0.0.1:$RPC_PORT, gateway A (hospital) http://$A,
  gateway B (organization $CLINIC) http://$B; API keys: Dave at A $DAVE_KEY, Eve at B $EVE_KEY.
MSG
wait -n "${PIDS[@]}" || true
