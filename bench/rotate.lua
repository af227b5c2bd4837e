-- Posts Alertmanager messages rotating over 50 alerts (fingerprints 00..49): after the first 50 tickets every
-- post is a repeat, so the run measures webhook + queue + dedupe, not Halo.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer sandbox-alertmanager-token"

local bodies = {}
for i = 0, 49 do
  bodies[i + 1] = string.format([[{"version":"4","status":"firing","receiver":"halo","groupKey":"{}:{alertname=\"CheckoutHighErrorRate%02d\"}","externalURL":"http://alertmanager.example.com:9093","alerts":[{"status":"firing","labels":{"alertname":"CheckoutHighErrorRate%02d","customer":"ACME-001","instance":"checkout-%02d.acme.example.com:9100","job":"checkout","severity":"critical","team":"payments","env":"prod","region":"eu-west-1","service":"checkout"},"annotations":{"summary":"Checkout error rate above 5%% on checkout-%02d","description":"The 5xx ratio of the checkout service has been above 5%% for 10 minutes.","runbook_url":"https://runbooks.example.com/checkout/high-error-rate"},"startsAt":"2026-03-02T09:14:07Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus.example.com:9090/graph?g0.expr=rate","fingerprint":"%016x"}]}]], i, i, i, i, 1000 + i)
end

local counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, "/webhooks/alertmanager", nil, bodies[(counter % 50) + 1])
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
