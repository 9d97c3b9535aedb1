"""Brute-force protection for bearer tokens: failed sign-ins counted per client address.

After ``max_failures`` failed attempts within ``window`` seconds, a client address gets 429
(E606, with ``Retry-After``) for every request that needs a token, valid or not, until its
oldest failure leaves the window.  Successful sign-ins do not clear the count, so a client
holding one low-privilege token cannot use it to keep guessing others.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable

__all__ = ["AuthThrottle"]


class AuthThrottle:
    """Sliding-window counter of failed sign-ins per client address (thread-safe, bounded)."""

    def __init__(
        self,
        max_failures: int = 10,
        window: float = 60.0,
        max_clients: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures
        self.window = window
        self.max_clients = max_clients
        self.clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> int:
        """Seconds ``client`` must wait before trying a token again; 0 when it may try now."""
        with self._lock:
            times = self._recent(client)
            if len(times) < self.max_failures:
                return 0
            wait = times[-self.max_failures] + self.window - self.clock()
            return max(1, math.ceil(wait))

    def failed(self, client: str) -> None:
        """Record one failed sign-in by ``client``."""
        with self._lock:
            times = self._recent(client)
            times.append(self.clock())
            while len(times) > self.max_failures:
                times.popleft()
            self._failures[client] = times
            self._failures.move_to_end(client)
            while len(self._failures) > self.max_clients:
                self._failures.popitem(last=False)

    def _recent(self, client: str) -> deque[float]:
        times = self._failures.get(client, deque())
        horizon = self.clock() - self.window
        while times and times[0] <= horizon:
            times.popleft()
        if not times:
            self._failures.pop(client, None)
        return times
