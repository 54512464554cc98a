#!/usr/bin/python3
"""Walks the real accessibility tree (AT-SPI) of a running SimWatch window and fails on a
focusable control that a screen reader could not name.

Run by tests/a11y/run.sh inside its own session bus and X server: starts `simwatch --demo`, waits
for it on the accessibility bus, waits until the demo run is on screen, then visits every showing
object. Prints each unnamed focusable control with its role and path, and each control a reviewer
must reach (the calls, the verdict on a call, its note) that is not in the tree; exit status 1 if any.
"""
import subprocess
import sys
import time

import pyatspi

APP_NAME = "simwatch"
ACTIONABLE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE, pyatspi.ROLE_LIST, pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_PROGRESS_BAR,
}  # not scroll bars: never focused, and announced by role and orientation
REQUIRED = ["Calls", "Progress", "Verdict: Pass", "Verdict: Fail", "Verdict: Unsure", "Note on this call", "Call details"]
# Shown as a picture or a bar: a screen reader must also hear what they show. A filter combo box
# is named by its value on Linux ("All sentiments", then "Negative"): what it filters is its
# description.
DESCRIBED = ["Progress", "Sentiment pie chart", "All sentiments", "All statuses", "All scenarios", "All verdicts"]


def find_app(timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name and APP_NAME in app.name.lower():
                return app
        time.sleep(0.5)
    return None


def walk(node, path, out, depth=0):
    if node is None or depth > 40:
        return
    try:
        role = node.getRole()
        states = node.getState()
        name = (node.name or "").strip()
        description = (node.description or "").strip()
        count = node.childCount
    except Exception:  # an object gone while walking
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    here = f"{path}/{node.getRoleName()}" + (f"[{name}]" if name else "")
    out.append((node, role, states, name, description, here))
    # Table cells are many and named by their text; their tables are checked.
    if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST):
        return
    for i in range(min(count, 500)):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        walk(child, here, out, depth + 1)


def collect(app):
    nodes = []
    for i in range(app.childCount):
        walk(app.getChildAtIndex(i), "", nodes)
    return nodes


def main():
    binary = sys.argv[1]
    extra = sys.argv[2:]
    app_process = subprocess.Popen([binary, "--demo", *extra])
    try:
        app = find_app(30)
        if app is None:
            print("FAIL: SimWatch did not appear on the accessibility bus", flush=True)
            return 1
        # Wait until the demo run has finished calls (the calls table is then shown), select the
        # first call (its detail, transcript, player and verdict controls appear), and walk again.
        nodes = []
        table = None
        deadline = time.time() + 90
        while time.time() < deadline and table is None:
            time.sleep(1)
            nodes = collect(app)
            table = next((node for node, role, _, name, _, _ in nodes
                          if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE) and node.childCount > 0), None)
        if table is None:
            print("FAIL: the demo run's calls never appeared", flush=True)
            return 1
        # As a screen reader user would: the first call's first cell, action Toggle (selects it).
        # The reply may come late (the first call's detail loads the media player: slow under the
        # sanitizers), so success is judged by the detail appearing in the tree.
        before = len(nodes)
        for i in range(table.childCount):
            cell = table.getChildAtIndex(i)
            if cell is not None and cell.getRole() == pyatspi.ROLE_TABLE_CELL:
                action = cell.queryAction()
                names = [action.getName(j) for j in range(action.nActions)]
                if "Toggle" in names:
                    try:
                        action.doAction(names.index("Toggle"))
                    except Exception as error:  # a late reply; the tree tells
                        print(f"note: Toggle answered late ({error.__class__.__name__})", flush=True)
                break
        deadline = time.time() + 60
        while True:
            time.sleep(2)
            nodes = collect(app)
            if len(nodes) >= before + 5:
                break
            if time.time() > deadline:
                print("FAIL: selecting a call through its accessible action showed no detail", flush=True)
                return 1
        buttons = sorted({name for _, role, _, name, _, _ in nodes
                          if role in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_RADIO_BUTTON,
                                      pyatspi.ROLE_CHECK_BOX) and name})
        print("buttons: " + ", ".join(buttons), flush=True)
        # What a reviewer must reach without sight: the calls, the run's progress, the verdict on
        # the selected call and its note.
        names = {name for _, _, _, name, _, _ in nodes}
        missing = [name for name in REQUIRED if name not in names]
        for name in missing:
            print(f"MISSING: {name}", flush=True)
        described = {name: description for _, _, _, name, description, _ in nodes if name in DESCRIBED}
        undescribed = [name for name in DESCRIBED if not described.get(name)]
        for name in DESCRIBED:
            print(f"described: {name}: {described.get(name) or '(nothing)'}", flush=True)
        # The watch list's runs say their status and progress (the run's name is the demo's);
        # lists are not walked (their rows are many), so its first row is asked here.
        watch_list = next((node for node, role, _, name, _, _ in nodes
                           if role == pyatspi.ROLE_LIST and name == "Watched simulations"), None)
        first_run = watch_list.getChildAtIndex(0) if watch_list is not None and watch_list.childCount > 0 else None
        run_description = (first_run.description or "").strip() if first_run is not None else ""
        print(f"described: first watched run: {run_description or '(nothing)'}", flush=True)
        if not run_description:
            undescribed.append("the first watched run")
        for name in undescribed:
            print(f"UNDESCRIBED: {name}", flush=True)
        missing += undescribed
        unnamed = []
        focusable = 0
        for node, role, states, name, description, here in nodes:
            if not states.contains(pyatspi.STATE_FOCUSABLE) and role not in ACTIONABLE:
                continue
            focusable += 1
            if not name:
                try:
                    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                    where = f" at {box.x},{box.y} {box.width}x{box.height}"
                except Exception:
                    where = ""
                kids = ", ".join(f"{c.getRoleName()}[{c.name}]" for c in list(node)[:4] if c is not None)
                unnamed.append(f"{here}{where} (children: {kids or 'none'})")
        print(f"visited {len(nodes)} showing objects, {focusable} focusable or actionable", flush=True)
        for here in unnamed:
            print(f"UNNAMED: {here}", flush=True)
        return 1 if unnamed or missing or focusable == 0 else 0
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()


if __name__ == "__main__":
    sys.exit(main())
