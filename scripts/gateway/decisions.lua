-- wrk script of the consent decision benchmark (scripts/gateway-bench.sh): each request is a
-- patient-consent-consult about one of the demo patients, from one of the demo organizations,
-- for one of four purposes, with or without classes, in rotation, so that every decision path
-- (permit, permit with redaction, deny, no consent) is in the mix.
local patients = { "MRN-FERDIE", "MRN-GRACE", "MRN-UNKNOWN" }
local actors = { "1234567893", "1987654321", "1555555555" }
local purposes = { "TREAT", "ETREAT", "HPAYMT", "HRESCH" }
local classes = {
	'',
	',"class":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]',
	',"class":[{"code":"Condition"},{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"PSY"}]',
}
local bodies = {}
for _, p in ipairs(patients) do
	for _, a in ipairs(actors) do
		for _, u in ipairs(purposes) do
			for _, c in ipairs(classes) do
				bodies[#bodies + 1] = string.format(
					'{"hook":"patient-consent-consult","hookInstance":"bench","context":{"patientId":[{"system":"urn:oid:2.16.840.1.113883.19.5","value":"%s"}],"scope":"patient-privacy","purposeOfUse":"%s","actor":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"%s"}]%s}}',
					p, u, a, c)
			end
		end
	end
end

local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("HC_BENCH_API_KEY")

request = function()
	counter = counter + 1
	return wrk.format(nil, nil, nil, bodies[(counter % #bodies) + 1])
end

done = function(summary, latency, requests)
	io.write(string.format("decisions: %d in %.1f s = %.0f/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; errors %d\n",
		summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
		latency.max / 1000, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
