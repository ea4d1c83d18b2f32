"""Rate limits per account and per client address, shared by every process."""

from mindline.ratelimit.limiter import (
    Decision,
    Limiter,
    Rate,
    TooManyRequests,
    client_ip,
    enforce,
)

__all__ = ["Decision", "Limiter", "Rate", "TooManyRequests", "client_ip", "enforce"]
