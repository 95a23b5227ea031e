"""The browser tests leave nothing running: JupyterLab, its kernels, Chromium and Playwright's
driver all stop by themselves when the tests stop them (nothing has to be killed)."""
import nbformat

import jupyterlab_driver as jd


def test_server_kernel_and_browser_leave_no_process_behind(tmp_path, loop, chromium, course):
    before = jd.children_of_this_process()
    probe = course / "runs" / "teardown" / "probe.ipynb"
    probe.parent.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                 "language": "python"}
    nbformat.write(nb, probe)

    server = jd.JupyterLab(course, tmp_path / "state").start()
    browser = None
    leftovers = []
    try:
        browser = loop.run_until_complete(jd.Browser(chromium).start())

        async def open_probe():
            page = await jd.open_app(browser, server)
            await jd.Notebook(page, server, "runs/teardown/probe.ipynb").open(1)

        loop.run_until_complete(open_probe())
        assert server.api("GET", "kernels"), "opening a notebook started no kernel"
        running = jd.children_of_this_process() - before
        assert len(running) >= 3, f"expected server, kernel and browser processes: {running}"
    finally:
        if browser is not None:
            leftovers += loop.run_until_complete(browser.stop())
        leftovers += server.stop()
    assert not leftovers, f"had to be killed: {leftovers}"
    left = jd.describe(jd.children_of_this_process() - before)
    assert not left, f"still running after the tests stopped everything: {left}"
    for pid in running:
        assert not jd.psutil.pid_exists(pid) or \
            jd.psutil.Process(pid).status() == jd.psutil.STATUS_ZOMBIE, \
            f"process {pid} outlived the teardown"
