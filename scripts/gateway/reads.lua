-- wrk script of the enforcing proxy benchmark (scripts/gateway-bench.sh --proxy): GETs of the
-- synthetic patient Ferdie's data in rotation — searches of labs and vital signs, conditions,
-- documents (his PSY note withheld), a read by id and his Patient resource — as Dave, for
-- treatment. Pointed at the synthetic FHIR server itself, the same requests give the baseline.
-- Both runs use the same headers; the FHIR server ignores them. The rotation serves 6 reads
-- (categories) per 5 requests: labs and vital signs, conditions, clinical notes, labs,
-- demographics.
local paths = {
	"/fhir/Observation?patient=ferdie",
	"/fhir/Condition?patient=ferdie",
	"/fhir/DocumentReference?patient=ferdie",
	"/fhir/Observation/ferdie-hba1c",
	"/fhir/Patient/ferdie",
}
local counter = 0
-- Paced mode (scripts/gateway-bench.sh --proxy --rate N): each connection waits before each
-- request so that HC_BENCH_CONNECTIONS connections together send about HC_BENCH_REQUESTS_PER_S.
local rate = tonumber(os.getenv("HC_BENCH_REQUESTS_PER_S") or "")
local connections = tonumber(os.getenv("HC_BENCH_CONNECTIONS") or "8")
if rate then
	delay = function()
		return 1000 * connections / rate
	end
end
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("HC_BENCH_API_KEY")
wrk.headers["X-Purpose-Of-Use"] = "TREAT"

request = function()
	counter = counter + 1
	return wrk.format(nil, paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
	io.write(string.format("requests: %d in %.1f s = %.0f/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; errors %d\n",
		summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
		latency.max / 1000, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
