import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { RateLimiter, TokenBucket } from "./rate-limit.js";

test("a bucket lets a burst through, then one request per 1/rate, and says how long to wait", () => {
  const bucket = new TokenBucket({ ratePerS: 10, burst: 3 }, 0);
  assert.deepEqual([bucket.take(0), bucket.take(0), bucket.take(0)], [0, 0, 0]);
  assert.equal(bucket.take(0), 100, "empty: the next token is 100 ms away");
  assert.equal(bucket.take(50), 50);
  assert.equal(bucket.take(100), 0);
  assert.equal(bucket.take(100), 100);
  assert.equal(bucket.isFull(10_000), true, "idle refills up to the burst, not beyond");
  assert.deepEqual([0, 0, 0, 0].map(() => bucket.take(10_000)), [0, 0, 0, 100]);
});

test("a clock stepping back neither drains nor fills a bucket", () => {
  const bucket = new TokenBucket({ ratePerS: 1, burst: 1 }, 5000);
  assert.equal(bucket.take(5000), 0);
  assert.equal(bucket.take(1000), 1000, "back 4 s: still empty, not 5 s in debt");
  assert.equal(bucket.take(6000), 0);
});

test("keys have their own buckets; refilled ones are forgotten; the map is bounded", () => {
  const limiter = new RateLimiter({ ratePerS: 1, burst: 1 }, 3);
  assert.equal(limiter.take("ann", 0), 0);
  assert.equal(limiter.take("ann", 0), 1000);
  assert.equal(limiter.take("bob", 0), 0, "ann's limit is not bob's");
  assert.equal(limiter.take("c", 0), 0);
  assert.ok(limiter.take("d", 0) > 0, "full of busy keys: a newcomer waits instead of growing the map");
  assert.equal(limiter.size, 3);
  assert.equal(limiter.take("d", 2000), 0, "after a refill the sweep frees room");
  assert.equal(limiter.size, 1);
});

test("property: over any schedule a key never gets more than burst + rate x elapsed", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 20 }), fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 300 }),
      (ratePerS, burst, gaps) => {
        const bucket = new TokenBucket({ ratePerS, burst }, 0);
        let now = 0;
        let granted = 0;
        for (const gap of gaps) {
          now += gap;
          const wait = bucket.take(now);
          assert.ok(wait >= 0);
          if (wait > 0) {
            now += wait;
            assert.equal(bucket.take(now), 0, "the hinted wait is enough");
          }
          granted += 1;
        }
        assert.ok(granted <= burst + (ratePerS * now) / 1000 + 1e-9, `${granted} in ${now} ms`);
      },
    ),
  );
});
