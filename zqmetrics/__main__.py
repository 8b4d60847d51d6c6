import gc

# The command line's own start (issue 15): importing the package makes no garbage, so the cyclic
# collector's passes during it (a few milliseconds of a cold run) find nothing; it is paused for
# the import only. The at-risk command pauses it again while pandas loads (cli._settle_imports).
gc.disable()
try:
    from zqmetrics.cli import main
finally:
    gc.enable()

if __name__ == "__main__":
    raise SystemExit(main())
