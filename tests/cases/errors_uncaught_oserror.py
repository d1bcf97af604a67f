print("opening a missing file")
open("/tmp/baton_case_no_such_dir/missing.txt")
