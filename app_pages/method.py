"""Dashboard page (see framing/views/method.py)."""

from framing.views import method

method.render()
