"""Running calls at the same moment on several threads, for the apps' concurrency tests."""

import threading
from concurrent.futures import ThreadPoolExecutor

from django.db import close_old_connections, connection


def run_together(calls, workers):
    """Run the calls on `workers` threads, all released at once; return results or errors."""
    start = threading.Event()

    def run(call):
        try:
            start.wait(timeout=30)
            return call()
        except Exception as error:  # every outcome is counted by the test
            return error
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(run, call) for call in calls]
        start.set()
        results = [future.result() for future in futures]
    close_old_connections()
    return results
