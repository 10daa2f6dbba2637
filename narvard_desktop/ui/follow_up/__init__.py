"""Uppföljning: the charts a group follows up with."""
