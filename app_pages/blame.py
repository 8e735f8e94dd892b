"""Dashboard page (see framing/views/blame.py)."""

from framing.views import blame

blame.render()
