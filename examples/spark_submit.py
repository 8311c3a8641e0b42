"""The simcheck command line as a file, for spark-submit (which runs files, not modules).

Example (see docs/batch.md)::

    PYSPARK_PYTHON=$PWD/.venv/bin/python .venv/bin/spark-submit --master 'local[2]'
        examples/spark_submit.py batch examples/labels.jsonl -o results.jsonl --engine spark
"""

from simcheck.cli import main

main()
