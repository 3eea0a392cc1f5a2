"""Kokugai's own settings plus the benchmark's baseline route (bench_urls)."""

from kokugai.settings import *  # noqa: F403

ROOT_URLCONF = "bench_urls"
