print("importing a module that does not exist")
import this_module_does_not_exist_anywhere
