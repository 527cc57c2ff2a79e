"""Engines that run the per-article analysis at scale.

``local``: a process pool on one machine (``ingest_parallel``). ``spark``: the same
per-article code as a PySpark job (``run_spark``). Both call ``per_article``.
"""
