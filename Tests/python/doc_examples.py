#!/usr/bin/env python3
"""Runs the examples of docs/testing.md as they are written there.

The Swift example is compiled and run by the Swift suite; this checks it is
the same text.

    doc_examples.py BINARY

The shell example runs with BINARY's folder first on the PATH; the pytest
example runs with ZOHO_LOCK_MOCK=BINARY. Both run from the repository root, so
the default seed data is found as a user of a clone would find it. A failing
example fails this script: what the docs promise is tested.
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOC = os.path.join(ROOT, "docs", "testing.md")


def code_blocks(text, language):
    return re.findall(r"^```" + language + r"\n(.*?)^```", text, flags=re.S | re.M)


def example(text, language, marker):
    """The one block of the language whose text contains the marker."""
    blocks = [block for block in code_blocks(text, language) if marker in block]
    if len(blocks) != 1:
        sys.exit(f"docs/testing.md: expected one {language} block with {marker!r}, found {len(blocks)}")
    return blocks[0]


def check_swift_example(text):
    """The Swift example runs in the suite as ReadmeExampleTests.swift: the two must match."""
    block = example(text, "swift", "@Test")
    lines = [line for line in block.splitlines() if not line.startswith("//")]
    path = os.path.join(ROOT, "Tests", "ZohoLockMockTestingTests", "ReadmeExampleTests.swift")
    test = [line for line in open(path, encoding="utf-8").read().splitlines() if not line.startswith("//")]
    if lines != test:
        sys.exit(f"docs/testing.md: the Swift example differs from {os.path.relpath(path, ROOT)}")
    print("docs/testing.md Swift example: same as the suite's")


def run(name, command, env, cwd):
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        sys.exit(f"{name} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    print(f"{name}: ok")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    text = open(DOC, encoding="utf-8").read()
    check_swift_example(text)
    with tempfile.TemporaryDirectory() as work:
        shell = os.path.join(work, "lock_flow.sh")
        with open(shell, "w", encoding="utf-8") as file:
            file.write(example(text, "bash", "coproc ZOHO"))
        env = dict(os.environ, PATH=os.path.dirname(binary) + os.pathsep + os.environ["PATH"])
        run("docs/testing.md shell example", ["bash", shell], env, ROOT)

        test_file = os.path.join(work, "test_locking.py")
        with open(test_file, "w", encoding="utf-8") as file:
            file.write(example(text, "python", "def test_"))
        env = dict(os.environ, ZOHO_LOCK_MOCK=binary)
        run("docs/testing.md pytest example",
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test_file], env, ROOT)


if __name__ == "__main__":
    main()
