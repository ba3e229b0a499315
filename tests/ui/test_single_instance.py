"""A second launch on the same database brings the first window forward; a socket left by
a crash is taken over."""

import socket

from PySide6.QtNetwork import QLocalServer

from salescoach.ui.single_instance import SingleInstance, server_name


def test_a_second_launch_asks_the_first_to_come_forward(qtbot, tmp_path):
    database = tmp_path / "mine.sqlite3"
    first = SingleInstance(database)
    assert first.claim()
    try:
        second = SingleInstance(str(database))  # the same file, however it is written
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert not second.claim()
        assert SingleInstance(tmp_path / "other.sqlite3").claim()  # another database: fine
    finally:
        first.release()


def test_a_socket_left_by_a_crash_is_taken_over(qtbot, tmp_path):
    database = tmp_path / "crashed.sqlite3"
    probe = QLocalServer()
    assert probe.listen(server_name(database))
    path = probe.fullServerName()
    probe.close()
    stale = socket.socket(socket.AF_UNIX)  # a socket file nobody listens on any more
    stale.bind(path)
    stale.close()
    instance = SingleInstance(database)
    assert instance.claim()
    instance.release()


def test_the_window_comes_forward(qtbot, window):
    window.showMinimized()
    window.come_forward()
    assert not window.isMinimized() and window.isVisible()
