-- wrk script for bench/serve/wrk.sh: counts non-2xx answers and answers that are not whole (an HTML
-- page that does not end with </html>, a JSON answer that does not end with }), per thread, summed.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad_status = 0
  partial = 0
  ok = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    bad_status = bad_status + 1
  elseif not (string.find(body, "</html>%s*$") or string.find(body, "}%s*$")) then
    partial = partial + 1
  else
    ok = ok + 1
  end
end

function done(summary, latency, requests)
  local b, p, o = 0, 0, 0
  for _, t in ipairs(threads) do
    b = b + t:get("bad_status")
    p = p + t:get("partial")
    o = o + t:get("ok")
  end
  io.write(string.format("CHECK whole_2xx=%d non_2xx=%d not_whole=%d socket_errors=%d p50_ms=%.2f p99_ms=%.2f rps=%.0f\n",
    o, b, p, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
