"""Dashboard pages. This subpackage is the only place that imports streamlit."""
