-- Posts Alertmanager messages whose every alert is new: a fingerprint no earlier post carried, so the run
-- measures the new-alert path (a ledger entry and an owed create per alert). ALERTS (env) alerts a message.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer sandbox-alertmanager-token"

local per_message = tonumber(os.getenv("ALERTS") or "1")
local counter = 0

-- Each wrk thread has its own Lua state: number the threads so their alerts differ, and the runs so a run's
-- alerts differ from the earlier runs' against the same bridge.
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("id", string.format("%s%02d", os.getenv("RUN") or "0", threads))
end

local function alert(n)
  return string.format([[{"status":"firing","labels":{"alertname":"CheckoutHighErrorRate","customer":"ACME-001","instance":"checkout-%s-%d.acme.example.com:9100","job":"checkout","severity":"critical","team":"payments","env":"prod","region":"eu-west-1","service":"checkout"},"annotations":{"summary":"Checkout error rate above 5%% on checkout-%d","description":"The 5xx ratio of the checkout service has been above 5%% for 10 minutes.","runbook_url":"https://runbooks.example.com/checkout/high-error-rate"},"startsAt":"2026-03-02T09:14:07Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus.example.com:9090/graph?g0.expr=rate","fingerprint":"%s%012x"}]], id, n, n, id, n)
end

request = function()
  local alerts = {}
  for i = 1, per_message do
    counter = counter + 1
    alerts[i] = alert(counter)
  end
  local body = [[{"version":"4","status":"firing","receiver":"halo","groupKey":"{}:{alertname=\"CheckoutHighErrorRate\"}","externalURL":"http://alertmanager.example.com:9093","alerts":[]] .. table.concat(alerts, ",") .. "]}"
  return wrk.format(nil, "/webhooks/alertmanager", nil, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, summary.requests, errors))
end
